//! What stream and future items weigh in the host: the bytes a chunk of them holds
//! while it crosses between two stores, which bounds what one stream has in flight
//! (strings and lists are as long as the writer makes them). Generated item types
//! implement it too, from their fields.

/// The bytes a chunk of items holds in the host.
#[doc(hidden)]
pub trait Weight: Sized {
    /// The bytes `items` hold: their own size, and what they point to.
    fn weight(items: &[Self]) -> usize {
        std::mem::size_of_val(items)
    }
}

/// The bytes `value` holds beyond its own size (its heap): a field's share of its
/// record's weight.
#[doc(hidden)]
pub fn heap_weight<T: Weight>(value: &T) -> usize {
    T::weight(std::slice::from_ref(value)) - std::mem::size_of::<T>()
}

impl Weight for bool {}
impl Weight for i8 {}
impl Weight for u8 {}
impl Weight for i16 {}
impl Weight for u16 {}
impl Weight for i32 {}
impl Weight for u32 {}
impl Weight for i64 {}
impl Weight for u64 {}
impl Weight for f32 {}
impl Weight for f64 {}
impl Weight for char {}

impl Weight for String {
    fn weight(items: &[Self]) -> usize {
        std::mem::size_of_val(items) + items.iter().map(String::len).sum::<usize>()
    }
}

impl<T: Weight> Weight for Vec<T> {
    fn weight(items: &[Self]) -> usize {
        std::mem::size_of_val(items) + items.iter().map(|v| T::weight(v)).sum::<usize>()
    }
}

impl<T: Weight> Weight for Option<T> {
    fn weight(items: &[Self]) -> usize {
        std::mem::size_of_val(items) + items.iter().flatten().map(heap_weight).sum::<usize>()
    }
}

impl<T: Weight, E: Weight> Weight for Result<T, E> {
    fn weight(items: &[Self]) -> usize {
        let heap = |item: &Self| match item {
            Ok(value) => heap_weight(value),
            Err(error) => heap_weight(error),
        };
        std::mem::size_of_val(items) + items.iter().map(heap).sum::<usize>()
    }
}

/// Tuples weigh their own size and each element's heap.
macro_rules! tuple_weight {
    ($($element:ident),+) => {
        impl<$($element: Weight),+> Weight for ($($element,)+) {
            #[allow(non_snake_case)]
            fn weight(items: &[Self]) -> usize {
                let heap = |($($element,)+): &Self| 0 $(+ heap_weight($element))+;
                std::mem::size_of_val(items) + items.iter().map(heap).sum::<usize>()
            }
        }
    };
}

// As many elements as the generator lets a tuple in an item have.
tuple_weight!(A);
tuple_weight!(A, B);
tuple_weight!(A, B, C);
tuple_weight!(A, B, C, D);
tuple_weight!(A, B, C, D, E);
tuple_weight!(A, B, C, D, E, F);
tuple_weight!(A, B, C, D, E, F, G);
tuple_weight!(A, B, C, D, E, F, G, H);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_weigh_their_size_and_their_heap() {
        let strings = [String::from("abc"), String::from("de")];
        assert_eq!(String::weight(&strings), 2 * size_of::<String>() + 5);
        let nested = [vec![String::from("xyz")]];
        assert_eq!(
            Vec::<String>::weight(&nested),
            size_of::<Vec<String>>() + size_of::<String>() + 3
        );
        let options = [Some(String::from("four")), None];
        assert_eq!(
            Option::<String>::weight(&options),
            2 * size_of::<Option<String>>() + 4
        );
        let pairs = [(7u32, String::from("seven"))];
        assert_eq!(
            <(u32, String)>::weight(&pairs),
            size_of::<(u32, String)>() + 5
        );
        assert_eq!(heap_weight(&String::from("hello")), 5);
        assert_eq!(heap_weight(&42u64), 0);
    }
}
