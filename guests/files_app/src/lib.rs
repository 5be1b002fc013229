//! `files_app`: an app whose `run` reads `/data/hello.txt` and traps when it cannot. For
//! the files test: plugins see no directory unless the user gives one (`--dir`).

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
        match std::fs::read_to_string("/data/hello.txt") {
            Ok(text) => println!("[APP] files: /data/hello.txt says {:?}", text.trim()),
            Err(err) => panic!("cannot read /data/hello.txt: {err}"),
        }
    }
}

export!(Component);
