"""Manual check: drive the exercise notebooks in a running JupyterLab.

Start JupyterLab first (copies of the notebooks in /tmp/labtry), then:
    .venv/bin/python bench/lab_check.py [http://127.0.0.1:8899] [/tmp/shots]
Screenshots land in the second folder; look at them. Not part of the test suite.
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8899"
SHOTS = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/shots")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def menu(page, top, item):
    page.locator(f"li.lm-MenuBar-item:has-text('{top}')").first.click()
    page.locator(f"li.lm-Menu-item:has-text('{item}')").first.click()


def run_all(page, restart=False):
    if restart:
        menu(page, "Kernel", "Restart Kernel and Run All Cells")
        page.locator(".jp-Dialog button.jp-mod-accept").click()
        page.wait_for_timeout(8000)  # old outputs go, new ones come
    else:
        menu(page, "Run", "Run All Cells")
    page.wait_for_selector(".cpw-exercise", timeout=60000)
    page.wait_for_timeout(2500)


def open_nb(page, name):
    # a fresh workspace per notebook, so only that notebook is open
    page.goto(f"{BASE}/lab/workspaces/{name.replace('.', '-')}/tree/{name}?reset")
    page.wait_for_selector(".jp-Notebook:visible", timeout=60000)
    page.wait_for_timeout(4000)
    for sel in (".jp-Dialog button.jp-mod-accept",):  # kernel chooser, if any
        if page.locator(sel).count():
            page.locator(sel).first.click()


def shot(page, locator, name):
    locator.scroll_into_view_if_needed()
    locator.screenshot(path=str(SHOTS / name))
    print("screenshot", SHOTS / name)


def request(page):
    open_nb(page, "oefening-progressieverzoek.ipynb")
    run_all(page, restart=True)
    ex = page.locator(".cpw-exercise").first
    box = ex.get_by_label("Jouw progressieverzoek")
    box.fill("Je bent altijd te laat <script>alert(1)</script>, dat is slordig.")
    ex.get_by_role("button", name="Controleer").click()
    page.wait_for_timeout(1500)
    shot(page, ex, "request-weak.png")
    box.fill("Zou je voortaan om negen uur aanwezig willen zijn bij het overleg? Dan kunnen we op tijd beginnen.")
    ex.get_by_role("button", name="Controleer").click()
    page.wait_for_timeout(1500)
    ex.get_by_role("button", name="Toon voorbeeld").click()
    page.wait_for_timeout(800)
    shot(page, ex, "request-good.png")
    run_all(page, restart=True)
    ex = page.locator(".cpw-exercise").first
    print("restored text:", ex.get_by_label("Jouw progressieverzoek").input_value())
    shot(page, ex, "request-restored.png")


def quiz(page):
    open_nb(page, "oefening-interventie.ipynb")
    run_all(page, restart=True)
    ex = page.locator(".cpw-exercise").first
    shot(page, ex, "quiz-start.png")
    ex.get_by_label("Progressiegericht helpen").check()
    ex.get_by_role("button", name="Controleer").click()
    page.wait_for_timeout(1200)
    shot(page, ex, "quiz-wrong.png")
    ex.get_by_label("Progressiegericht sturen").check()
    ex.get_by_role("button", name="Controleer").click()
    page.wait_for_timeout(1200)
    shot(page, ex, "quiz-right.png")
    feat = page.locator(".cpw-exercise").nth(1)
    shot(page, feat, "quiz-features.png")
    feat.locator("input[type=checkbox]").first.check()
    feat.get_by_role("button", name="Controleer kenmerken").click()
    page.wait_for_timeout(1200)
    shot(page, feat, "quiz-features-checked.png")


def circle(page):
    open_nb(page, "oefening-cirkeltechniek.ipynb")
    run_all(page, restart=True)
    ex = page.locator(".cpw-exercise").first
    for text in ("Ik heb mijn verhaal opgebouwd rond drie hoofdpunten", "Ik spreek rustig <b>voor</b> tien collega's"):
        ex.get_by_label("Wat is al bereikt?").fill(text)
        ex.get_by_role("button", name="Voeg toe").first.click()
        page.wait_for_timeout(600)
    for text in ("Ik ben niet meer zenuwachtig", "Ik kijk tijdens het praten de zaal rond",
                 "Ik rond af binnen de afgesproken twintig minuten, ook als er veel vragen komen uit de zaal"):
        ex.get_by_label("Wat wil je bereiken?").fill(text)
        ex.get_by_role("button", name="Voeg toe").nth(1).click()
        page.wait_for_timeout(600)
    ex.get_by_label("Kies je volgende stap uit de buitencirkel").select_option(label="Ik kijk tijdens het praten de zaal rond")
    ex.get_by_label("Wat is je kleine stap? Wie doet wat, wanneer?").fill("Vrijdag oefen ik voor twee collega's.")
    ex.get_by_role("button", name="Bewaar").click()
    page.wait_for_timeout(1500)
    shot(page, ex, "circle-filled.png")
    link = ex.locator("a[download='cirkel.svg']")
    print("download link:", link.inner_text(), link.get_attribute("href")[:40])
    shot(page, ex.locator("svg[role=img]"), "circle-svg-in-lab.png")
    run_all(page, restart=True)
    shot(page, page.locator(".cpw-exercise").first, "circle-restored.png")


if __name__ == "__main__":
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        which = sys.argv[3:] or ["request", "quiz", "circle"]
        for name in which:
            globals()[name](page)
        browser.close()
