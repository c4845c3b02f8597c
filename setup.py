"""Package list for setuptools; everything else is in pyproject.toml.

pyproject.toml cannot combine automatic package discovery with a package that lives outside
``kam_desktop/``: ``resources/`` sits at the top of the repo and is installed as
``kam_desktop.resources`` (see ``[tool.setuptools.package-dir]``), so the list is computed here.
Code folders are found as namespace packages, so one that lacks ``__init__.py`` (it still
imports from a checkout) is not silently left out of the wheel. Resource sub-folders are listed
too, so setuptools does not warn about data-only folders.
"""

from setuptools import find_namespace_packages, setup

code = find_namespace_packages(include=["kam_desktop", "kam_desktop.*"], exclude=["*.__pycache__"])
resources = ["kam_desktop.resources"] + [
    f"kam_desktop.resources.{name}" for name in find_namespace_packages(where="resources")
]
setup(packages=code + resources)
