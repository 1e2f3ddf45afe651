"""Development tools, apart from the extraction code: nothing in the pipeline,
`extract run` or the spaCy components imports them.

`bench` is `extract bench`, which reads the checkout's `corpus/articles`;
`stress` is `make stress`, the hostile inputs of issue 14 timed.
"""
