"""The Qt front end: main window, pages, item models, workers, dialogs.

Only this package imports Qt. It talks to the core through ``app.workflow``
and the ``Project`` methods, and never keeps a second copy of the data.
"""
