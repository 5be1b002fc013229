//! `shape_app`: an async app sending records, variants, enums and flags through
//! `shaped`'s streams and futures and printing, one line each, what comes back.

wit_bindgen::generate!({
    path: "../wit-async",
    world: "shape-app",
});

use hub::async_guests::shaped;
use hub::async_guests::shapes::{Color, Marks, Shape, Size};

struct Component;

/// Two shapes to send.
fn shapes() -> Vec<Shape> {
    vec![
        Shape {
            name: "disc".to_string(),
            color: Color::Red,
            marks: Marks::ITALIC,
            size: Size::Small(7),
            tags: vec!["round".to_string()],
        },
        Shape {
            name: "bar".to_string(),
            color: Color::Blue,
            marks: Marks::UNDERLINE,
            size: Size::Large(vec![1, 2]),
            tags: Vec::new(),
        },
    ]
}

impl Guest for Component {
    async fn run() {
        let (mut writer, reader) = wit_stream::new();
        let write = async move {
            for shape in shapes() {
                if writer.write_one(shape).await.is_some() {
                    break;
                }
            }
        };
        let (grown, ()) = futures::join!(
            async { shaped::grow_all(reader).await.collect().await },
            write
        );
        for shape in grown {
            println!("[APP] shape_app: grown {shape:?}");
        }

        let sizes = shaped::sizes(4).await.collect().await;
        println!("[APP] shape_app: sizes {sizes:?}");

        let later = shaped::grow_later(shapes().remove(1)).await.await;
        println!("[APP] shape_app: later {later:?}");

        let colors = shaped::colors().await.collect().await;
        println!("[APP] shape_app: colors {colors:?}");

        let (mut writer, reader) = wit_stream::new();
        let write = async move {
            writer.write_all(shapes()).await;
        };
        let (marks, ()) = futures::join!(async { shaped::all_marks(reader).await.await }, write);
        println!("[APP] shape_app: all marks {marks:?}");
    }
}

export!(Component);
