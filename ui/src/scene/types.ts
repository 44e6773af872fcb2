// The types the UI exchanges with the desktop shell, generated from the Rust types
// (frontstage::model, edit, layout, rules and view, and the shell's own) into
// ../generated. Do not edit them there: change the Rust type and run
// `UPDATE_TYPES=1 cargo test -p frontstage-app --test types_fresh`.
export type * from "../generated/index";
