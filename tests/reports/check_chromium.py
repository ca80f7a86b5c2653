#!/usr/bin/python3
"""reports.chromium: report.html, opened in headless Chromium, renders every embedded image.

The page's own script counts the <img> elements that decoded (complete, naturalWidth > 0) and
writes `mlirrl report: N images rendered` into #render-status; the DOM Chromium dumps after
loading must say N = the number of <img> elements, N >= 2. A screenshot must be written too.
Fails (does not skip) when Chromium is missing: scripts/setup.sh installs Debian's chromium.
"""
import os
import re
import shutil
import subprocess
import tempfile

from common import SAMPLE, fail, run_report

# As root Chromium needs --no-sandbox; containers have a small /dev/shm.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--hide-scrollbars", "--virtual-time-budget=5000"]


def chromium(tmp, *args):
    exe = shutil.which("chromium")
    if not exe:
        fail("chromium is not installed (Debian package 'chromium'; scripts/setup.sh installs it)")
    profile = tempfile.mkdtemp(dir=tmp, prefix="profile-")
    try:
        return subprocess.run([exe, *FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=180)
    except subprocess.TimeoutExpired:
        fail(f"chromium did not finish within 180 s ({' '.join(args)})")


def check_dom(tmp, page):
    p = chromium(tmp, "--dump-dom", f"file://{page}")
    dom = p.stdout
    if p.returncode != 0 or "<html" not in dom:
        fail(f"chromium --dump-dom exited {p.returncode}: {p.stderr.strip()[-500:]}")
    status = re.search(r'<div id="render-status">mlirrl report: (\d+) images rendered</div>', dom)
    if not status:
        fail("no render-status in the DOM after loading: the page's script did not run")
    rendered, images = int(status.group(1)), len(re.findall(r"<img\b", dom))
    if rendered != images or images < 2:
        fail(f"{rendered} of {images} images rendered (expected all, and at least 2)")
    print(f"ok: {rendered} of {images} images rendered")


def check_screenshot(tmp, page):
    shot = os.path.join(tmp, "report.png")
    p = chromium(tmp, f"--screenshot={shot}", "--window-size=1400,3000", f"file://{page}")
    if p.returncode != 0 or not os.path.isfile(shot):
        fail(f"chromium --screenshot exited {p.returncode}, no {shot}: {p.stderr.strip()[-500:]}")
    with open(shot, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or os.path.getsize(shot) < 20_000:
        fail(f"the screenshot is not a PNG of a rendered page ({os.path.getsize(shot)} bytes)")
    print(f"ok: screenshot {os.path.getsize(shot)} bytes")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "reports")
        p = run_report(SAMPLE, out)
        if p.returncode != 0:
            fail(f"eval_report.py exited {p.returncode}: {p.stderr.strip()}")
        page = os.path.join(out, "report.html")
        check_dom(tmp, page)
        check_screenshot(tmp, page)


if __name__ == "__main__":
    main()
