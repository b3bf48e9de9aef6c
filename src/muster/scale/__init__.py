"""Batch extraction scaled out on Dask: a local cluster of worker processes, or a cluster by address."""
from muster.scale.batch import extract_many

__all__ = ["extract_many"]
