"""Sharing dossiers: .kamdossier archives, vCard and iCalendar.

Pure functions over domain data and bytes; nothing here opens the database (the use cases live
in ``kam_desktop.services.exchange``).
"""
