"""Import .qdpx files with QualCoder's own REFI-QDA import and report what it holds.

QualCoder (github.com/ccbogel/QualCoder, LGPL-3.0) is a desktop program: its import class
(`RefiImport` in refi.py) asks for a file in a Qt dialog, then reads the project into the SQLite
database of a QualCoder project. Here the vendored refi.py and color_selector.py
(tests/fixtures/clients/qualcoder/, unmodified) run headless:

- PyQt6 and the modules refi.py imports for its dialogs are replaced by stand-ins that accept any
  call (the file dialog answers with the .qdpx to import; the progress dialog and message boxes do
  nothing);
- the database is an in-memory SQLite database made with QualCoder's own table definitions, read
  out of the vendored __main__.py (the CREATE TABLE statements of `new_project`), so its
  constraints are QualCoder's: `code_name` and `code_cat` have `unique(name)`, `code_text`
  `unique(cid, fid, pos0, pos1, owner)`.

Usage: python3 qualcoder-import.py <file.qdpx>...
Prints one JSON object: for each file, the counts of sources, categories, codes, codings, codings
with no code, attribute types and values, the lines QualCoder wrote to its log, and every coding
as QualCoder stored it (source name, code path, pos0, pos1, the text it cut out of the source,
owner).
"""

import ast
import builtins
import contextlib
import importlib.util
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import types

HERE = os.path.dirname(os.path.abspath(__file__))
VENDORED = os.path.join(HERE, "..", "fixtures", "clients", "qualcoder", "qualcoder")


class Anything:
    """A stand-in for any Qt class, instance or constant: every call and attribute answers another."""

    def __init__(self, *args, **kwargs):
        pass

    def __call__(self, *args, **kwargs):
        return Anything()

    def __getattr__(self, name):
        return Anything()

    def __mro_entries__(self, bases):
        return (Anything,)


class StandIn(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return Anything()


def install_stand_ins(answer):
    """PyQt6 and the package modules refi.py imports besides color_selector."""
    pyqt = StandIn("PyQt6")
    qtwidgets = StandIn("PyQt6.QtWidgets")

    class QFileDialog:
        class Option:
            DontUseNativeDialog = 0

        @staticmethod
        def getOpenFileName(*args, **kwargs):
            return answer["path"], True

    qtwidgets.QFileDialog = QFileDialog
    pyqt.QtWidgets = qtwidgets
    pyqt.QtCore = StandIn("PyQt6.QtCore")
    pyqt.QtGui = StandIn("PyQt6.QtGui")
    sys.modules.update(
        {"PyQt6": pyqt, "PyQt6.QtWidgets": pyqt.QtWidgets, "PyQt6.QtCore": pyqt.QtCore, "PyQt6.QtGui": pyqt.QtGui}
    )
    package = types.ModuleType("qualcoder")
    package.__path__ = [VENDORED]
    sys.modules["qualcoder"] = package
    for name in [
        "qualcoder.GUI",
        "qualcoder.GUI.ui_dialog_refi_export_endings",
        "qualcoder.GUI.ui_dialog_colour_selector",
        "qualcoder.helpers",
    ]:
        sys.modules[name] = StandIn(name)
    builtins._ = lambda s: s  # QualCoder installs gettext's _ at start-up


def load(name):
    spec = importlib.util.spec_from_file_location(f"qualcoder.{name}", os.path.join(VENDORED, f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def table_definitions():
    """The CREATE TABLE statements QualCoder runs for a new project, read from its __main__.py."""
    with open(os.path.join(VENDORED, "__main__.py"), encoding="utf-8") as f:
        tree = ast.parse(f.read())
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "new_project":
            statements = [
                call.args[0].value
                for call in ast.walk(node)
                if isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "execute"
                and call.args
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str)
                and call.args[0].value.startswith("CREATE TABLE")
            ]
            if statements:
                return statements
    raise SystemExit("no CREATE TABLE statements found in new_project of __main__.py")


class Log:
    def __init__(self):
        self.lines = []

    def append(self, text):
        self.lines.append(str(text))


def import_one(refi, path, tables, answer):
    conn = sqlite3.connect(":memory:")
    for sql in tables:
        conn.execute(sql)
    conn.execute("INSERT INTO project (databaseversion, memo) VALUES ('v17', '')")
    conn.commit()
    project_dir = tempfile.mkdtemp(prefix="qualcoder-")
    for sub in ("documents", "images", "audio", "video"):
        os.mkdir(os.path.join(project_dir, sub))
    work = tempfile.mkdtemp(prefix="qdpx-")
    # refi.py extracts next to the file it imports (<file minus .qdpx>_temporary): work on a copy.
    copy = os.path.join(work, os.path.basename(path))
    shutil.copyfile(path, copy)
    app = types.SimpleNamespace(
        conn=conn,
        project_path=project_dir,
        settings={"directory": work, "codername": "default", "ai_enable": "False"},
        ai_models=[],
        write_config_ini=lambda *args: None,
    )
    log = Log()
    answer["path"] = copy
    try:
        refi.RefiImport(app, log, "qdpx")
        q = lambda sql: conn.execute(sql).fetchall()
        codes = {cid: (name, catid, supercid) for cid, name, catid, supercid in q("select cid, name, catid, supercid from code_name")}
        cats = {catid: (name, supercatid) for catid, name, supercatid in q("select catid, name, supercatid from code_cat")}

        def cat_path(catid):
            parts = []
            while catid is not None:
                name, catid = cats[catid]
                parts.insert(0, name)
            return parts

        def code_path(cid):
            if cid is None:
                return None
            name, catid, supercid = codes[cid]
            parts = [name]
            while supercid is not None:
                name, catid, supercid = codes[supercid]
                parts.insert(0, name)
            return cat_path(catid) + parts

        sources = {fid: name for fid, name in q("select id, name from source")}
        codings = [
            {"source": sources[fid], "code": code_path(cid), "pos0": pos0, "pos1": pos1, "text": seltext, "owner": owner}
            for cid, fid, pos0, pos1, seltext, owner in q(
                "select cid, fid, pos0, pos1, seltext, owner from code_text order by fid, pos0, pos1, ctid"
            )
        ]
        return {
            "file": os.path.basename(path),
            "sources": len(sources),
            "categories": len(cats),
            "codes": len(codes),
            "codings": len(codings),
            "codingsWithoutCode": sum(1 for c in codings if c["code"] is None),
            "annotations": q("select count(*) from annotation")[0][0],
            "attributeTypes": q("select count(*) from attribute_type")[0][0],
            "attributes": q("select count(*) from attribute")[0][0],
            "log": log.lines,
            "codingList": codings,
        }
    finally:
        conn.close()
        shutil.rmtree(project_dir, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


def main(paths):
    answer = {"path": ""}
    # refi.py prints as it goes (that vlc is missing, for one): to stderr, so stdout is the JSON alone.
    with contextlib.redirect_stdout(sys.stderr):
        install_stand_ins(answer)
        load("color_selector")
        refi = load("refi")
        tables = table_definitions()
        results = [import_one(refi, p, tables, answer) for p in paths]
    json.dump(results, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
