//! `shape_provider`: an async library answering streams and futures of records,
//! variants, enums and flags (`hub:async-guests/shapes`), as a wit-bindgen user writes
//! them: spawned tasks keep writing after the functions returned.

wit_bindgen::generate!({
    path: "../wit-async",
    world: "shape-provider",
});

use exports::hub::async_guests::shaped::Guest;
use hub::async_guests::shapes::{Color, Marks, Shape, Size};
use wit_bindgen::{FutureReader, StreamReader, spawn_local};

/// `shape` grown: see `grow-all` in the WIT.
fn grow(mut shape: Shape) -> Shape {
    shape.name = shape.name.to_uppercase();
    shape.marks |= Marks::BOLD;
    shape.size = match shape.size {
        Size::Small(n) => Size::Small(n.wrapping_add(1)),
        Size::Large(mut values) => {
            values.push(values.len() as u32);
            Size::Large(values)
        }
        Size::Unknown => Size::Small(0),
    };
    shape.color = match shape.color {
        Color::Red => Color::Green,
        Color::Green => Color::Blue,
        Color::Blue => Color::Red,
    };
    shape.tags.push("grown".to_string());
    shape
}

struct Component;

impl Guest for Component {
    async fn grow_all(mut items: StreamReader<Shape>) -> StreamReader<Shape> {
        let (mut writer, reader) = wit_stream::new();
        spawn_local(async move {
            while let Some(shape) = items.next().await {
                if writer.write_one(grow(shape)).await.is_some() {
                    break;
                }
            }
        });
        reader
    }

    async fn sizes(count: u32) -> StreamReader<Size> {
        let (mut writer, reader) = wit_stream::new();
        spawn_local(async move {
            for i in 0..count {
                let size = match i % 3 {
                    0 => Size::Small(i as u8),
                    1 => Size::Large((0..i).collect()),
                    _ => Size::Unknown,
                };
                if writer.write_one(size).await.is_some() {
                    break;
                }
            }
        });
        reader
    }

    async fn grow_later(shape: Shape) -> FutureReader<Shape> {
        let (writer, reader) = wit_future::new(|| Shape {
            name: String::new(),
            color: Color::Red,
            marks: Marks::empty(),
            size: Size::Unknown,
            tags: Vec::new(),
        });
        spawn_local(async move {
            wit_bindgen::yield_async().await;
            let _ = writer.write(grow(shape)).await;
        });
        reader
    }

    async fn colors() -> StreamReader<Color> {
        let (mut writer, reader) = wit_stream::new();
        spawn_local(async move {
            writer
                .write_all(vec![Color::Red, Color::Green, Color::Blue])
                .await;
        });
        reader
    }

    async fn all_marks(mut items: StreamReader<Shape>) -> FutureReader<Marks> {
        let (writer, reader) = wit_future::new(Marks::empty);
        spawn_local(async move {
            let mut all = Marks::empty();
            while let Some(shape) = items.next().await {
                all |= shape.marks;
            }
            let _ = writer.write(all).await;
        });
        reader
    }
}

export!(Component);
