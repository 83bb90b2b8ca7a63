// memo serve: playback from a moment, the current transcript line, live upload progress.
// Plain script, no build step, nothing from elsewhere. Every page works without it.
"use strict";

function seekAndPlay(audio, start) {
  const go = () => {
    audio.currentTime = start;
    const p = audio.play();
    if (p && p.catch) p.catch(() => {}); // autoplay refused: the controls still work
  };
  if (audio.readyState >= 1) go();
  else audio.addEventListener("loadedmetadata", go, { once: true });
}

// Search: a click on a hit plays its memo from the hit's start in the dock below.
function setupHits() {
  const dock = document.getElementById("dock");
  const audio = document.getElementById("player");
  if (!dock || !audio) return;
  document.querySelectorAll("a.hit[data-memo-id]").forEach((hit) => {
    hit.addEventListener("click", (ev) => {
      if (ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.button !== 0) return;
      ev.preventDefault();
      const id = hit.dataset.memoId;
      const start = parseFloat(hit.dataset.start) || 0;
      const src = "/memos/" + id + "/audio";
      dock.hidden = false;
      document.getElementById("dock-title").textContent =
        hit.querySelector(".when").textContent + " · " + hit.querySelector(".at").textContent;
      document.getElementById("dock-open").href = hit.getAttribute("href");
      document.querySelectorAll("a.hit.playing").forEach((h) => h.classList.remove("playing"));
      hit.classList.add("playing");
      if (!audio.src.endsWith(src)) {
        audio.preload = "metadata";
        audio.src = src;
      }
      seekAndPlay(audio, start);
    });
  });
}

// Memo: ?t= starts there; a click on a line seeks; the line being played is highlighted.
function setupTranscript() {
  const audio = document.getElementById("player");
  const list = document.getElementById("transcript");
  if (!audio || !list) return;
  const lines = Array.from(list.querySelectorAll("li.line"));
  const starts = lines.map((li) => parseFloat(li.dataset.start));
  if (audio.dataset.start) {
    const t = parseFloat(audio.dataset.start);
    audio.addEventListener("loadedmetadata", () => { audio.currentTime = t; }, { once: true });
    if (audio.readyState >= 1) audio.currentTime = t;
  }
  list.addEventListener("click", (ev) => {
    if (ev.target.closest("details, form")) return;
    const li = ev.target.closest("li.line");
    if (!li) return;
    ev.preventDefault();
    seekAndPlay(audio, parseFloat(li.dataset.start));
  });
  let current = lines.findIndex((li) => li.classList.contains("current"));
  audio.addEventListener("timeupdate", () => {
    const t = audio.currentTime + 0.05;
    let i = -1;
    for (let k = 0; k < starts.length && starts[k] <= t; k++) i = k;
    if (i === current) return;
    if (current >= 0) lines[current].classList.remove("current");
    current = i;
    if (i >= 0) {
      lines[i].classList.add("current");
      lines[i].scrollIntoView({ block: "nearest", behavior: "smooth" });
    }
  });
}

// Upload: show the list of uploads as they are ingested, without reloading.
function setupUploads() {
  const list = document.getElementById("jobs");
  if (!list) return;
  const busy = () => list.querySelector('[data-state="waiting"], [data-state="ingesting"]');
  if (!busy()) return;
  const timer = setInterval(async () => {
    const r = await fetch("/api/uploads", { headers: { Accept: "application/json" } });
    if (!r.ok) return;
    const jobs = await r.json();
    list.replaceChildren(...jobs.map((j) => {
      const li = document.createElement("li");
      li.className = "job " + j.state;
      li.dataset.jobId = j.id;
      li.dataset.state = j.state;
      const name = document.createElement("span");
      name.className = "name";
      name.textContent = j.name;
      const state = document.createElement("span");
      state.className = "state";
      state.textContent = j.state;
      li.append(name, state);
      if (j.memo_id) {
        const a = document.createElement("a");
        a.href = "/memos/" + j.memo_id;
        a.textContent = "memo " + j.memo_id;
        li.append(a);
      }
      if (j.reason) {
        const why = document.createElement("span");
        why.className = "reason";
        why.textContent = j.reason;
        li.append(why);
      }
      return li;
    }));
    if (!busy()) clearInterval(timer);
  }, 1000);
}

document.addEventListener("DOMContentLoaded", () => {
  setupHits();
  setupTranscript();
  setupUploads();
});
