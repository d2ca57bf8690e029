/**
 * The controls panel: one row per `ExplorerControl`, grouped by company. A slider multiplies the
 * value as written (×0.1 … ×10 on a log scale, units and distribution kept: `"45 min to 3 h"` →
 * `"90 min to 6 h"`); the text box beside it shows the YAML value and takes any value typed in;
 * a choice is a drop-down. Every change is handed to `commit` as a plain YAML value.
 */
import { parse } from "yaml";
import type { ExplorerControl } from "../controls.ts";
import { scaleValue } from "../scale-value.ts";
import { inlineYaml } from "../yaml-edit.ts";

/** How long a slider rests before its value is committed (a drag re-runs when it pauses). */
const SLIDER_SETTLE_MS = 250;
/** Slider positions per decade. */
const STEPS = 100;

/** Builds the controls into `container` (emptied first). */
export function renderControls(container: HTMLElement, controls: ExplorerControl[], commit: Commit): void {
  container.replaceChildren();
  const groups = new Map<string, HTMLFieldSetElement>();
  for (const control of controls) {
    let group = groups.get(control.group);
    if (group === undefined) {
      group = document.createElement("fieldset");
      group.append(Object.assign(document.createElement("legend"), { textContent: control.group }));
      groups.set(control.group, group);
      container.append(group);
    }
    group.append(controlRow(control, commit));
  }
}

/** Hands a control's new value to the page; `rebuild` when other controls' values may follow from it (an offering). */
type Commit = (path: string, value: unknown, rebuild?: boolean) => void;

function controlRow(control: ExplorerControl, commit: Commit): HTMLElement {
  const row = document.createElement("div");
  row.className = "control";
  row.dataset.path = control.path;
  row.title = `${control.path}: ${control.description}`;
  const label = Object.assign(document.createElement("label"), { textContent: control.label });
  row.append(label);
  if (control.swept) {
    // The sweep sets this value at every point, so the charts would not move with it.
    row.classList.add("swept");
    label.textContent = `${control.label} (swept)`;
    row.title = `${control.path} is set by the scenario's sweep at every point; edit the sweep in the YAML. ${control.description}`;
  }
  if (control.kind === "choice") {
    const select = document.createElement("select");
    for (const choice of control.choices ?? []) select.append(new Option(choice, choice, false, choice === control.value));
    select.addEventListener("change", () => commit(control.path, select.value, true));
    row.append(select);
    return row;
  }
  const slider = Object.assign(document.createElement("input"), { type: "range", min: String(-STEPS), max: String(STEPS), step: "1", value: "0" });
  slider.setAttribute("aria-label", `${control.label} (scale)`);
  const box = Object.assign(document.createElement("input"), { type: "text", value: inlineYaml(control.value), className: "value" });
  box.setAttribute("aria-label", control.label);
  const factor = Object.assign(document.createElement("span"), { className: "factor", textContent: "×1" });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const scaled = (): unknown => scaleValue(control.value, 10 ** (Number(slider.value) / STEPS), control.integer, control.min);
  slider.addEventListener("input", () => {
    const f = 10 ** (Number(slider.value) / STEPS);
    factor.textContent = `×${f < 1 ? f.toFixed(2) : f.toPrecision(2)}`;
    box.value = inlineYaml(scaled());
    clearTimeout(timer);
    timer = setTimeout(() => commit(control.path, scaled()), SLIDER_SETTLE_MS);
  });
  slider.addEventListener("change", () => {
    clearTimeout(timer);
    commit(control.path, scaled());
  });
  box.addEventListener("change", () => {
    let value: unknown = box.value;
    try {
      value = parse(box.value);
    } catch {
      // Not YAML on its own: pass the text as written and let validation say what is wrong.
    }
    // A typed value becomes what the slider scales from.
    control.value = value;
    slider.value = "0";
    factor.textContent = "×1";
    commit(control.path, value);
  });
  const unit = control.unit === undefined ? "" : control.unit;
  row.append(slider, factor, box, Object.assign(document.createElement("span"), { className: "unit", textContent: unit }));
  return row;
}
