"""`spiegel schema` against the content: every front matter in content/ and handleiding/ is valid
under the JSON Schema, and front matters that `spiegel check` rejects for a type or a key are
rejected by the schema too. The YAML is read as YAML 1.2 reads it (as VS Code's YAML extension
does): `ja`, `nee` and dates stay text, only true and false are yes or no."""
import glob
import json
import os
import re
import subprocess

import jsonschema
import pytest
import yaml

from conftest import REPO

SPIEGEL = os.environ.get("SPIEGEL", os.path.join(REPO, ".build", "debug", "spiegel"))


class YAML12Loader(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.2's core schema in place of 1.1's resolvers."""


YAML12Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    ("tag:yaml.org,2002:float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
     list("-+.0123456789")),
]:
    YAML12Loader.add_implicit_resolver(tag, re.compile(pattern), first)
YAML12Loader.add_constructor("tag:yaml.org,2002:int", lambda loader, node: int(loader.construct_scalar(node), 0))


def front_matter(text):
    """The YAML between the first two `---` lines; None for a file without one."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None
    for i, line in enumerate(lines[1:], 1):
        if line.strip() == "---":
            return yaml.load("\n".join(lines[1:i]), Loader=YAML12Loader)
    return None


@pytest.fixture(scope="module")
def validator(tmp_path_factory):
    path = tmp_path_factory.mktemp("schema") / "spiegel.schema.json"
    subprocess.run([SPIEGEL, "schema", "--output", str(path)], check=True)
    schema = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_goes_to_standard_output_too(validator):
    printed = subprocess.run([SPIEGEL, "schema"], check=True, capture_output=True, text=True).stdout
    assert json.loads(printed) == validator.schema
    assert validator.schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    card = validator.schema["$defs"]["werkkaart"]
    assert card["properties"]["nummer"]["minimum"] == 1 and "nummer" in card["required"]
    # Descriptions are the handbook's Dutch ones.
    assert card["properties"]["doel"]["description"].startswith("Wat de werkvorm oplevert")


FILES = sorted(glob.glob(os.path.join(REPO, "content", "**", "*.md"), recursive=True)
               + glob.glob(os.path.join(REPO, "handleiding", "*.md")))


def test_the_content_has_files():
    assert len(FILES) > 50


@pytest.mark.parametrize("path", FILES, ids=lambda p: os.path.relpath(p, REPO))
def test_every_front_matter_is_valid(validator, path):
    with open(path, encoding="utf-8") as f:
        data = front_matter(f.read())
    if data is None:
        pytest.skip("no front matter (spiegel check warns about it, and makes no page)")
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]
    assert not errors, "\n".join(errors)


QUESTION = "vragen:\n  - id: q-1\n    tekst: Wat zie je?\n    doelgroep: iedereen\n    herkomst: eigen\n"
CARD = "type: werkkaart\ntitel: Proef\nnummer: 3\ndoel: Iets leren.\n"
POLES = "type: spanningsveld\ntitel: Proef\nnummer: 2\n"
# Each broken front matter, with the code `spiegel check` gives it.
BROKEN = {
    "unknown-type": "type: werkkart\ntitel: Proef\n",
    "question-as-type": "type: vraag\ntitel: Proef\n",
    "missing-type": "titel: Proef\n",
    "missing-key": "type: werkkaart\ntitel: Proef\ndoel: Iets leren.\n",
    "unknown-key": CARD + "stapen:\n  - Begin.\n",
    "out-of-range": CARD.replace("nummer: 3", "nummer: 120"),
    "not-whole-number": CARD.replace("nummer: 3", "nummer: drie"),
    "empty-text": CARD.replace("doel: Iets leren.", "doel: \"  \""),
    "not-text": CARD.replace("titel: Proef", "titel:\n  - Proef"),
    "not-list": CARD + "stappen:\n  eerst: begin\n",
    "list-item-not-text": CARD + "stappen:\n  - - begin\n",
    "invalid-id": CARD + "id: Mijn Kaart\n",
    "not-yes-no": "type: kwadrant\ntitel: Proef\nnummer: 1\nwaarden: {}\nsamenwerking-tussen-gemeenten: misschien\n"
                  "samenwerking-faciliteren: ja\nconclusie: Iets.\n",
    "not-record-list": POLES + "polen: links en rechts\n",
    "record-not-keys": POLES + "polen:\n  - links\n  - rechts\n",
    "unknown-key-in-record": CARD + QUESTION + "    tekts: Wat hoor je?\n",
    "unknown-audience": CARD + QUESTION.replace("doelgroep: iedereen", "doelgroep: managers"),
    "unknown-overview": "type: pagina\ntitel: Proef\noverzicht: werkkaartjes\n",
}

# Where the schema finds each problem ("" for the front matter as a whole).
PLACES = {
    "unknown-type": "type", "question-as-type": "type", "out-of-range": "nummer", "not-whole-number": "nummer",
    "empty-text": "doel", "not-text": "titel", "not-list": "stappen", "list-item-not-text": "stappen", "invalid-id": "id",
    "not-yes-no": "samenwerking-tussen-gemeenten", "not-record-list": "polen", "unknown-key-in-record": "vragen/0",
    "unknown-audience": "vragen/0/doelgroep", "unknown-overview": "overzicht",
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_what_check_rejects_for_type_or_key_the_schema_rejects(validator, tmp_path, name):
    text = BROKEN[name]
    content = tmp_path / "content"
    content.mkdir()
    (content / "proef.md").write_text(f"---\n{text}---\nEen tekst.\n", encoding="utf-8")
    result = subprocess.run([SPIEGEL, "check", "--content", str(content), "--format", "json"], capture_output=True, text=True)
    errors = [d["code"] for d in json.loads(result.stdout)["diagnostics"] if d["severity"] == "error"]
    expected = {"missing-type": "missing-key", "unknown-key-in-record": "unknown-key"}.get(name, name)
    assert expected in errors, f"spiegel check gave {errors}"
    data = yaml.load(text, Loader=YAML12Loader)
    places = {"/".join(map(str, e.absolute_path)) for e in validator.iter_errors(data)}
    assert places, f"the schema accepts what spiegel check rejects ({name})"
    # Rejected for the same key, not for something else in the file.
    assert places <= {PLACES.get(name, "")} | ({"polen/0", "polen/1"} if name == "record-not-keys" else set()), places
