//! The spoken guide on Windows (`[stretch] cues = "voice"`): each step's text read aloud by
//! SAPI's `SpVoice`, the system's speech service, in the voice the person chose in Settings.
//! One thread per stretch owns the COM object and ends when the `Guide` is dropped; nothing is
//! loaded while no stretch speaks.

use std::sync::mpsc;
use std::thread;

use windows::core::HSTRING;
use windows::Win32::Media::Speech::{
    ISpVoice, SpVoice, SPF_ASYNC, SPF_IS_NOT_XML, SPF_PURGEBEFORESPEAK,
};
use windows::Win32::System::Com::{
    CoCreateInstance, CoInitializeEx, CoUninitialize, CLSCTX_ALL, COINIT_MULTITHREADED,
};

/// The speech of one stretch; dropping it stops speaking and releases the voice.
pub struct Guide {
    steps: mpsc::Sender<String>,
}

impl Guide {
    /// Creates the voice in the background; `failed` hears why nothing can be spoken.
    pub fn start(failed: impl FnOnce(String) + Send + 'static) -> Guide {
        let (steps, texts) = mpsc::channel::<String>();
        let spawned = thread::Builder::new().name("speech".into()).spawn(move || {
            if let Err(err) = speak_all(&texts) {
                failed(err);
            }
        });
        if let Err(err) = spawned {
            eprintln!("posture-break: cannot start the speech thread: {err}");
        }
        Guide { steps }
    }

    /// Says `text`, cutting short what is still being said.
    pub fn say(&self, text: String) {
        let _ = self.steps.send(text);
    }
}

/// Speaks each text as it comes until the `Guide` is dropped.
fn speak_all(texts: &mpsc::Receiver<String>) -> Result<(), String> {
    // SAFETY: COM on this thread only, initialised here and uninitialised when it ends; the
    // voice is released (dropped) before that.
    unsafe {
        CoInitializeEx(None, COINIT_MULTITHREADED)
            .ok()
            .map_err(|e| format!("cannot start COM for speech: {e}"))?;
        let result = (|| {
            let voice: ISpVoice = CoCreateInstance(&SpVoice, None, CLSCTX_ALL)
                .map_err(|e| format!("no SAPI voice (SpVoice): {e}"))?;
            let flags = (SPF_ASYNC.0 | SPF_PURGEBEFORESPEAK.0 | SPF_IS_NOT_XML.0) as u32;
            for text in texts {
                voice
                    .Speak(&HSTRING::from(text.as_str()), flags, None)
                    .map_err(|e| format!("SAPI cannot speak: {e}"))?;
            }
            // The stretch is over: stop mid-sentence rather than talk on.
            let _ = voice.Speak(&HSTRING::new(), flags, None);
            Ok(())
        })();
        CoUninitialize();
        result
    }
}
