//! GVariant values as gdbus prints them.

/// A parsed GVariant in gdbus's text format (the subset gdbus prints for our calls).
#[derive(Debug, Clone, PartialEq)]
pub enum Gv {
    Str(String),
    Int(i64),
    Bool(bool),
    Tuple(Vec<Gv>),
    Array(Vec<Gv>),
    Dict(Vec<(Gv, Gv)>),
    Variant(Box<Gv>),
    Word(String),
}

impl Gv {
    /// Looks through variants.
    pub fn inner(&self) -> &Gv {
        match self {
            Gv::Variant(v) => v.inner(),
            other => other,
        }
    }

    pub fn get(&self, key: &str) -> Option<&Gv> {
        match self.inner() {
            Gv::Dict(entries) => entries
                .iter()
                .find(|(k, _)| *k == Gv::Str(key.to_string()))
                .map(|(_, v)| v.inner()),
            _ => None,
        }
    }
}

pub struct GvParser<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
}

pub fn parse_gvariant(text: &str) -> Result<Gv, String> {
    let mut p = GvParser {
        chars: text.trim().chars().peekable(),
    };
    let value = p.value()?;
    p.ws();
    match p.chars.peek() {
        None => Ok(value),
        Some(c) => Err(format!("trailing text at {c:?} in {text:?}")),
    }
}

impl GvParser<'_> {
    fn ws(&mut self) {
        while self.chars.next_if(|c| c.is_whitespace()).is_some() {}
    }

    fn expect(&mut self, want: char) -> Result<(), String> {
        self.ws();
        match self.chars.next() {
            Some(c) if c == want => Ok(()),
            other => Err(format!("expected {want:?}, found {other:?}")),
        }
    }

    fn value(&mut self) -> Result<Gv, String> {
        self.ws();
        match self.chars.peek().copied() {
            Some('(') => Ok(Gv::Tuple(self.seq('(', ')')?)),
            Some('[') => Ok(Gv::Array(self.seq('[', ']')?)),
            Some('{') => self.dict(),
            Some('<') => {
                self.chars.next();
                let inner = self.value()?;
                self.expect('>')?;
                Ok(Gv::Variant(Box::new(inner)))
            }
            Some(q @ ('\'' | '"')) => {
                self.chars.next();
                self.string(q)
            }
            Some('@') => {
                // Type annotation, e.g. "@av []".
                while self.chars.next_if(|c| !c.is_whitespace()).is_some() {}
                self.value()
            }
            Some(_) => {
                let mut word = String::new();
                while let Some(c) = self
                    .chars
                    .next_if(|c| !c.is_whitespace() && !",)]}>:".contains(*c))
                {
                    word.push(c);
                }
                match word.as_str() {
                    "" => Err(format!("unexpected {:?}", self.chars.peek())),
                    "true" => Ok(Gv::Bool(true)),
                    "false" => Ok(Gv::Bool(false)),
                    "byte" | "int16" | "uint16" | "int32" | "uint32" | "int64" | "uint64"
                    | "handle" | "double" | "objectpath" | "signature" | "boolean" | "string"
                    | "just" => self.value(),
                    "b" if matches!(self.chars.peek(), Some('\'' | '"')) => self.value(),
                    _ => Ok(word
                        .strip_prefix("0x")
                        .map_or_else(
                            || word.parse().ok(),
                            |hex| i64::from_str_radix(hex, 16).ok(),
                        )
                        .map_or(Gv::Word(word), Gv::Int)),
                }
            }
            None => Err("unexpected end".into()),
        }
    }

    fn seq(&mut self, open: char, close: char) -> Result<Vec<Gv>, String> {
        self.expect(open)?;
        let mut items = vec![];
        loop {
            self.ws();
            if self.chars.next_if_eq(&close).is_some() {
                return Ok(items);
            }
            items.push(self.value()?);
            self.ws();
            if self.chars.next_if_eq(&',').is_none() {
                self.expect(close)?;
                return Ok(items);
            }
        }
    }

    fn dict(&mut self) -> Result<Gv, String> {
        self.expect('{')?;
        let mut entries = vec![];
        loop {
            self.ws();
            if self.chars.next_if_eq(&'}').is_some() {
                return Ok(Gv::Dict(entries));
            }
            let key = self.value()?;
            self.expect(':')?;
            let value = self.value()?;
            entries.push((key, value));
            self.ws();
            if self.chars.next_if_eq(&',').is_none() {
                self.expect('}')?;
                return Ok(Gv::Dict(entries));
            }
        }
    }

    fn string(&mut self, quote: char) -> Result<Gv, String> {
        let mut s = String::new();
        loop {
            match self.chars.next() {
                None => return Err("unterminated string".into()),
                Some(c) if c == quote => return Ok(Gv::Str(s)),
                Some('\\') => match self.chars.next() {
                    Some('n') => s.push('\n'),
                    Some('t') => s.push('\t'),
                    Some('r') => s.push('\r'),
                    Some(u @ ('u' | 'U')) => {
                        let len = if u == 'u' { 4 } else { 8 };
                        let hex: String = (0..len).filter_map(|_| self.chars.next()).collect();
                        let c = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                        s.push(c.ok_or_else(|| format!("bad escape \\{u}{hex}"))?);
                    }
                    Some(c) => s.push(c),
                    None => return Err("unterminated escape".into()),
                },
                Some(c) => s.push(c),
            }
        }
    }
}
