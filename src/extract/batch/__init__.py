"""`extract run`: the pipeline over many articles, on all cores or a Dask cluster.

`command` is the subcommand; `inputs` turns paths, globs, JSON Lines and
stdin into articles; `runners` hands chunks of them to `work`, which runs
in each worker; `outputs` writes documents and tables atomically;
`merging` builds the JSON Lines output from its parts; `progress` shows how
far the run is.
"""
