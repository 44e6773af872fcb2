//! Serde glue: id-keyed maps are written as arrays (in id order) and read back with
//! duplicate ids refused, so a file cannot silently lose a record.

use serde::de::{Deserialize, Deserializer, Error as _, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeSeq, Serializer};
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

/// A record that carries its own key.
pub trait Keyed {
    type Key: Ord + Clone + fmt::Display;
    fn key(&self) -> &Self::Key;
}

pub fn serialize<S, K, V>(map: &BTreeMap<K, V>, s: S) -> Result<S::Ok, S::Error>
where
    S: Serializer,
    V: Serialize,
{
    let mut seq = s.serialize_seq(Some(map.len()))?;
    for v in map.values() {
        seq.serialize_element(v)?;
    }
    seq.end()
}

pub fn deserialize<'de, D, V>(d: D) -> Result<BTreeMap<V::Key, V>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de> + Keyed,
{
    struct ListVisitor<V>(PhantomData<V>);
    impl<'de, V: Deserialize<'de> + Keyed> Visitor<'de> for ListVisitor<V> {
        type Value = BTreeMap<V::Key, V>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an array of records with unique ids")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut map = BTreeMap::new();
            while let Some(v) = seq.next_element::<V>()? {
                let key = v.key().clone();
                if map.insert(key.clone(), v).is_some() {
                    return Err(A::Error::custom(format_args!("duplicate id \"{key}\"")));
                }
            }
            // Built again from its sorted records, the map's nodes are full: inserted one by
            // one (in id order, as files are written) they stay about half empty, which for
            // many small cards is a third of the document's memory.
            Ok(map.into_iter().collect())
        }
    }
    d.deserialize_seq(ListVisitor(PhantomData))
}
