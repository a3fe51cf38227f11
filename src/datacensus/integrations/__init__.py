"""datacensus inside other pipelines: counts files in pieces, streams, datatrove, Ray Data.

Each integration turns batches into mergeable counts (`execution.count.count`) and either
merges them at once or writes one counts file per piece (`execution.counts_file`).
"""
