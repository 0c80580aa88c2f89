"""claimkit: an annotated source-claim verification dataset and the tooling that keeps it."""

__version__ = "0.1.0"
