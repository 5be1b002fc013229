//! `stdin_app`: an app whose `run` reads a line from stdin, blocking until one comes. For
//! the stdin test: the host must not hang on it (closed or empty stdin, or a timeout).

wit_bindgen::generate!({
    path: [
        "../../wit/demo-logging.wit",
        "../../wit/zoo.wit",
        "../../wit/share.wit",
        "../../wit/typeonly.wit",
        "../../wit/maps.wit",
        "../../wit/gated.wit",
        "../wit",
    ],
    world: "hub:guests/plain-app",
    generate_all,
});

struct Component;

impl Guest for Component {
    fn run() {
        println!("[APP] stdin: reading a line");
        let mut line = String::new();
        match std::io::stdin().read_line(&mut line) {
            Ok(n) => println!("[APP] stdin: read {n} bytes: {:?}", line.trim_end()),
            Err(e) => println!("[APP] stdin: error {e}"),
        }
    }
}

export!(Component);
