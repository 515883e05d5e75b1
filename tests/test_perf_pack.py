"""A one-off build keeps its generated pages, and their HTML until rendered, in one file (the
page pack): what MkDocs reads back is exactly what was generated."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from builder.plugin import _PackedPage, _PagePack

TEXTS = ["# Plain\n\nText.\n", "Ünïcode « guillemets » — 🎉\n", "\ufeffa BOM\r\nand CRLF\r\n",
         "", "lone \udc80 surrogate"]


def test_pages_read_back_as_written_while_more_are_added(tmp_path: Path) -> None:
    pack = _PagePack.create(tmp_path)
    assert pack is not None
    config = SimpleNamespace(site_dir=str(tmp_path / "site"), use_directory_urls=True,
                             plugins=SimpleNamespace(_current_plugin="dossier"))
    pages = []
    for i, text in enumerate(TEXTS):
        page = _PackedPage.generated(config, f"p/{i}.md", content=text)  # type: ignore[arg-type]
        assert isinstance(page, _PackedPage)
        page.pack(pack, text)
        pages.append(page)
    pack.written()
    html = [pack.add(f"<p>{i}</p>".encode()) for i in range(3)]  # appended while reading
    for page, text in zip(pages, TEXTS):
        assert page.content_string == text
        assert page.is_modified()
        if "\udc80" not in text:
            assert page.content_bytes == text.encode()
    assert [pack.read(offset, 8) for offset in html] == [f"<p>{i}</p>".encode() for i in range(3)]
    pages[0].content_string = "set again"  # a plugin replacing the content: as MkDocs does
    assert pages[0].content_string == "set again" and pages[0].content_bytes == b"set again"
    pack.close()
    (tmp_path / "pages.pack").unlink()
