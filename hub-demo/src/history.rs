//! The console's history between sessions: a file in the platform's state folder
//! (`$XDG_STATE_HOME/component-hub/history`, or `~/.local/state/...`; the local data
//! folder where a platform has no state folder), at most [`MAX_ENTRIES`] lines, written
//! after every line so a killed session loses nothing. Only a terminal session keeps one.

use std::path::{Path, PathBuf};

use rustyline::history::FileHistory;
use rustyline::{CompletionType, Config, Editor, Helper};

/// Most lines the history keeps (the oldest go first).
pub const MAX_ENTRIES: usize = 1000;

/// Where the history lives, if anywhere.
pub struct History {
    file: Option<PathBuf>,
}

impl History {
    /// The platform's history file, or none with `--no-history` (or when the platform
    /// has no folder for it).
    pub fn new(keep: bool) -> History {
        let folder = dirs::state_dir().or_else(dirs::data_local_dir);
        History {
            file: folder
                .filter(|_| keep)
                .map(|dir| dir.join("component-hub").join("history")),
        }
    }

    /// A history kept in `file`.
    #[cfg(test)]
    fn in_file(file: &Path) -> History {
        History {
            file: Some(file.to_owned()),
        }
    }

    /// The file, when one is kept.
    pub fn file(&self) -> Option<&Path> {
        self.file.as_deref()
    }

    /// An editor with `helper` and the history of earlier sessions loaded (a missing
    /// file is an empty history; one that cannot be read is said once and left alone).
    ///
    /// # Errors
    ///
    /// When the terminal cannot be opened.
    pub fn editor<H: Helper>(
        &self,
        helper: Option<H>,
    ) -> rustyline::Result<Editor<H, FileHistory>> {
        let config = Config::builder()
            .max_history_size(MAX_ENTRIES)?
            .auto_add_history(false)
            // Like a shell: Tab completes what the candidates share, twice lists them.
            .completion_type(CompletionType::List)
            .build();
        let mut editor = Editor::with_config(config)?;
        editor.set_helper(helper);
        if let Some(file) = self.file.as_deref().filter(|f| f.exists())
            && let Err(err) = editor.load_history(file)
        {
            crate::output::warn(&format!(
                "warning: cannot read the history in {}: {err}",
                file.display()
            ));
        }
        Ok(editor)
    }

    /// Adds `line` to the editor's history and writes the history out (when one is
    /// kept). A failed write is said, once per session.
    pub fn record<H: Helper>(
        &self,
        editor: &mut Editor<H, FileHistory>,
        line: &str,
        warned: &mut bool,
    ) {
        if line.trim().is_empty() || editor.add_history_entry(line).is_err() {
            return;
        }
        let Some(file) = &self.file else {
            return;
        };
        let saved = file
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .map_err(rustyline::error::ReadlineError::Io)
            .and_then(|()| editor.save_history(file));
        if let Err(err) = saved
            && !*warned
        {
            *warned = true;
            crate::output::warn(&format!(
                "warning: cannot write the history to {}: {err}",
                file.display()
            ));
        }
    }
}

/// How many entries an editor's history holds.
#[cfg(test)]
fn entries(editor: &Editor<(), FileHistory>) -> Vec<String> {
    editor.history().iter().cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_finds_the_lines_of_the_last_one_up_to_the_limit() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let file = dir.path().join("state").join("history");
        let history = History::in_file(&file);
        let mut warned = false;
        let mut first = history.editor::<()>(None).expect("an editor");
        for n in 0..MAX_ENTRIES + 5 {
            history.record(&mut first, &format!("status {n}"), &mut warned);
        }
        history.record(&mut first, "   ", &mut warned);
        assert!(!warned);
        drop(first);

        let second = history.editor::<()>(None).expect("an editor");
        let lines = entries(&second);
        assert_eq!(lines.len(), MAX_ENTRIES, "the oldest went first");
        assert_eq!(lines[0], "status 5");
        assert_eq!(lines.last().map(String::as_str), Some("status 1004"));
    }

    #[test]
    fn no_history_keeps_no_file() {
        let history = History::new(false);
        assert!(history.file().is_none());
        let mut editor = history.editor::<()>(None).expect("an editor");
        let mut warned = false;
        history.record(&mut editor, "status", &mut warned);
        assert_eq!(
            entries(&editor),
            ["status"],
            "still there within the session"
        );
    }
}
