"""`memo serve`: a local web app over the memo database (see `app.py`, `security.py`)."""
