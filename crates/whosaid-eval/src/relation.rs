//! Attribution relations as the scorer sees them: spans as lists of
//! character-offset fragments.

use serde::{Deserialize, Serialize};

/// One contiguous piece of a span: `(start, end)` in characters (Unicode
/// scalar values, like Python string indices), end exclusive. Offsets count
/// from the start of the document text after any byte order mark.
pub type Fragment = (usize, usize);

/// The three roles of an attribution relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Who makes the claim ("the senator").
    Source,
    /// The words that signal the attribution ("said").
    Cue,
    /// What is claimed.
    Content,
}

impl Role {
    /// All roles, in the order scores are reported.
    pub const ALL: [Role; 3] = [Role::Source, Role::Cue, Role::Content];

    /// The lowercase name used in reports: `source`, `cue`, `content`.
    pub fn name(self) -> &'static str {
        match self {
            Role::Source => "source",
            Role::Cue => "cue",
            Role::Content => "content",
        }
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// An attribution relation: who (source) claimed what (content), signalled
/// by which words (cue). Each role is a possibly discontinuous span given as
/// a list of fragments; the order of fragments does not matter and they may
/// overlap. A role is `None` when the relation lacks it (PolNeAR has
/// relations without a source, and a few without a cue or a content).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relation {
    /// The source span, if any.
    pub source: Option<Vec<Fragment>>,
    /// The cue span, if any.
    pub cue: Option<Vec<Fragment>>,
    /// The content span, if any.
    pub content: Option<Vec<Fragment>>,
}

impl Relation {
    /// A relation from its three (optional) spans.
    pub fn new(
        source: Option<Vec<Fragment>>,
        cue: Option<Vec<Fragment>>,
        content: Option<Vec<Fragment>>,
    ) -> Self {
        Relation {
            source,
            cue,
            content,
        }
    }

    /// The span of `role`, if the relation has one.
    pub fn get(&self, role: Role) -> Option<&[Fragment]> {
        match role {
            Role::Source => self.source.as_deref(),
            Role::Cue => self.cue.as_deref(),
            Role::Content => self.content.as_deref(),
        }
    }

    /// The span of `role`, mutably (for building relations).
    pub fn get_mut(&mut self, role: Role) -> &mut Option<Vec<Fragment>> {
        match role {
            Role::Source => &mut self.source,
            Role::Cue => &mut self.cue,
            Role::Content => &mut self.content,
        }
    }

    /// Whether the relation has no span at all.
    pub fn is_empty(&self) -> bool {
        self.source.is_none() && self.cue.is_none() && self.content.is_none()
    }
}
