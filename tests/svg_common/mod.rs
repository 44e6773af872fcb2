//! Small blueprints built in code for the SVG tests.
#![allow(dead_code)]

use frontstage::model::{
    Blueprint, Card, Channel, Connector, Direction, FailKind, FailPoint, Lane, LaneKind, Line, LineKind, Stage,
};

pub fn base(title: &str, stages: &[(&str, &str)], lanes: &[(&str, LaneKind, &str)]) -> Blueprint {
    let mut b = Blueprint::empty(title);
    b.stages = stages.iter().map(|(id, n)| Stage::new(*id, *n)).collect();
    b.lanes = lanes.iter().map(|(id, k, n)| Lane::new(*id, *k, *n)).collect();
    b
}

pub fn card(b: &mut Blueprint, id: &str, lane: &str, stage: &str, order: u32, text: &str) {
    let mut c = Card::new(id, lane, stage, text);
    c.order = order;
    b.cards.insert(c.id.clone(), c);
}

pub fn arrow(b: &mut Blueprint, id: &str, from: &str, to: &str) {
    b.connectors.insert(id.into(), Connector::new(id, from, to));
}

fn canonical_lanes() -> Vec<(&'static str, LaneKind, &'static str)> {
    vec![
        ("evidence", LaneKind::Evidence, "Physical evidence"),
        ("customer", LaneKind::Customer, "Customer actions"),
        ("front", LaneKind::Frontstage, "Frontstage actions"),
        ("back", LaneKind::Backstage, "Backstage actions"),
        ("support", LaneKind::Support, "Support processes"),
    ]
}

fn bitner_lines() -> Vec<Line> {
    vec![
        Line { kind: LineKind::Interaction, boundary: 2 },
        Line { kind: LineKind::Visibility, boundary: 3 },
        Line { kind: LineKind::InternalInteraction, boundary: 4 },
    ]
}

/// The restaurant of the domain notes, in English.
pub fn english() -> Blueprint {
    let mut b = base(
        "Restaurant dinner",
        &[("enter", "Enter restaurant"), ("order", "Order"), ("dine", "Dine"), ("pay", "Pay and leave")],
        &canonical_lanes(),
    );
    b.scenario = "First-time guest, dine-in dinner".into();
    b.persona = "Couple without a reservation".into();
    b.lines = bitner_lines();
    let cards = [
        ("e1", "evidence", "enter", 0, "Dining room, host stand"),
        ("e2", "evidence", "order", 0, "Menu, ordering system"),
        ("e3", "evidence", "dine", 0, "Tableware, plated food"),
        ("e4", "evidence", "pay", 0, "Bill, payment terminal"),
        ("k1", "customer", "enter", 0, "Enter"),
        ("k2", "customer", "enter", 1, "Wait to be greeted"),
        ("k3", "customer", "order", 0, "Read the menu, ask questions and order"),
        ("k4", "customer", "dine", 0, "Wait for food, eat"),
        ("k5", "customer", "pay", 0, "Ask for the bill, pay, leave"),
        ("f1", "front", "enter", 0, "Greet, lead to table"),
        ("f2", "front", "order", 0, "Recommend, answer, take order"),
        ("f3", "front", "dine", 0, "Serve, check back, refill drinks"),
        ("f4", "front", "pay", 0, "Prepare bill, take payment, thank"),
        ("b1", "back", "enter", 0, "Table system updated"),
        ("b2", "back", "order", 0, "Kitchen receives order"),
        ("b3", "back", "dine", 0, "Cook, quality control"),
        ("s4", "support", "pay", 0, "Finance system records payment"),
    ];
    for (id, lane, stage, order, text) in cards {
        card(&mut b, id, lane, stage, order, text);
    }
    arrow(&mut b, "a1", "k1", "k2");
    arrow(&mut b, "a2", "k2", "f1");
    arrow(&mut b, "a3", "k3", "f2");
    arrow(&mut b, "a4", "f2", "b2");
    arrow(&mut b, "a5", "b2", "b3");
    arrow(&mut b, "a6", "f1", "k3");
    arrow(&mut b, "a7", "f4", "s4");
    b.connectors.get_mut("a3").unwrap().direction = Direction::TwoWay;
    b.connectors.get_mut("a3").unwrap().label = "order taken".into();
    // Backward in time: a complaint about the bill sends the waiter back to the kitchen.
    arrow(&mut b, "a8", "f4", "b3");
    b
}

/// The same restaurant in Chinese, with long text that must wrap.
pub fn chinese() -> Blueprint {
    let mut b = base(
        "餐厅晚餐服务蓝图：首次到店的顾客在没有预约的情况下用餐",
        &[("enter", "进入餐厅"), ("order", "点餐"), ("dine", "用餐"), ("pay", "结账离开，顾客满意度调查与会员注册")],
        &[
            ("evidence", LaneKind::Evidence, "有形展示"),
            ("customer", LaneKind::Customer, "客户行为"),
            ("front", LaneKind::Frontstage, "前台行为"),
            ("back", LaneKind::Backstage, "后台行为"),
            ("support", LaneKind::Support, "支持过程"),
        ],
    );
    b.scenario = "首次到店，堂食晚餐".into();
    b.lines = bitner_lines();
    card(&mut b, "e1", "evidence", "enter", 0, "餐厅大堂、迎宾台、门口的招牌和菜单展示架");
    card(&mut b, "k1", "customer", "enter", 0, "顾客进入餐厅，在门口等待服务员迎接并引导入座。");
    card(&mut b, "k2", "customer", "order", 0, "阅读菜单，询问推荐菜品（例如：今日特价、招牌菜），然后点餐");
    card(&mut b, "k3", "customer", "pay", 0, "要求结账，使用微信或支付宝付款，离开餐厅");
    card(&mut b, "f1", "front", "enter", 0, "服务员微笑问候，引导顾客到餐桌");
    card(&mut b, "f2", "front", "order", 0, "推荐菜品，回答问题，记录订单");
    card(&mut b, "b1", "back", "order", 0, "厨房接收订单，准备食材");
    card(&mut b, "s1", "support", "pay", 0, "财务系统记录交易，重置餐桌");
    arrow(&mut b, "a1", "k1", "f1");
    arrow(&mut b, "a2", "k2", "f2");
    arrow(&mut b, "a3", "f2", "b1");
    b.connectors.get_mut("a3").unwrap().label = "下单到厨房".into();
    b
}

/// Every badge: fail points of each kind, waits, every emotion score, time within and
/// beyond tolerance, every channel, owners.
pub fn badges() -> Blueprint {
    let mut b = base(
        "Badges",
        &[("s1", "Check in"), ("s2", "Stay")],
        &[("customer", LaneKind::Customer, "Customer"), ("front", LaneKind::Frontstage, "Front desk")],
    );
    let fails = [FailKind::Process, FailKind::Outcome, FailKind::Interaction, FailKind::System];
    let channels = [Channel::Physical, Channel::Digital, Channel::Interpersonal, Channel::Process];
    for (i, score) in (-2i8..=2).enumerate() {
        let id = format!("c{i}");
        let mut c = Card::new(
            id.as_str(),
            if i % 2 == 0 { "customer" } else { "front" },
            if i < 3 { "s1" } else { "s2" },
            format!("Step {i}"),
        );
        c.order = i as u32;
        c.emotion = Some(score);
        c.wait = i % 2 == 0;
        c.channel = Some(channels[i % 4]);
        if i < 4 {
            c.fail_point = Some(FailPoint {
                kind: fails[i],
                description: String::new(),
                recovery: "Apologise and comp a drink".into(),
            });
        }
        c.duration_seconds = Some([45, 180, 90, 7500, 600][i]);
        c.tolerance_seconds = if i == 4 { None } else { Some([60, 120, 300, 3600][i]) };
        if i == 1 {
            c.owner = "Front office manager on duty".into();
        }
        b.cards.insert(c.id.clone(), c);
    }
    let mut only_tolerance = Card::new("c9", "front", "s2", "Only a tolerance");
    only_tolerance.tolerance_seconds = Some(300);
    b.cards.insert(only_tolerance.id.clone(), only_tolerance);
    b
}

/// Every line kind, two of them sharing a boundary.
pub fn all_lines() -> Blueprint {
    let mut lanes = canonical_lanes();
    lanes.push(("mgmt", LaneKind::Custom, "Management"));
    let mut b = base("All lines", &[("s1", "Book"), ("s2", "Arrive")], &lanes);
    b.profile = frontstage::model::Profile::Fliess;
    b.lines = bitner_lines();
    b.lines.push(Line { kind: LineKind::OrderPenetration, boundary: 4 });
    b.lines.push(Line { kind: LineKind::Implementation, boundary: 5 });
    card(&mut b, "k1", "customer", "s1", 0, "Book a room online");
    card(&mut b, "b1", "back", "s1", 0, "Confirm the booking");
    card(&mut b, "m1", "mgmt", "s2", 0, "Set room rates");
    b
}

/// A collapsed lane: its header stays, its cards hide, arrows end at the band.
pub fn collapsed() -> Blueprint {
    let mut b = base(
        "Collapsed backstage",
        &[("s1", "Order"), ("s2", "Deliver")],
        &[
            ("customer", LaneKind::Customer, "Customer actions"),
            ("back", LaneKind::Backstage, "Backstage actions"),
            ("support", LaneKind::Support, "Support processes"),
        ],
    );
    b.lanes[1].collapsed = true;
    b.lines = vec![Line { kind: LineKind::Visibility, boundary: 1 }];
    card(&mut b, "k1", "customer", "s1", 0, "Place order");
    card(&mut b, "k2", "customer", "s2", 0, "Receive parcel");
    card(&mut b, "b1", "back", "s1", 0, "Pick and pack");
    card(&mut b, "b2", "back", "s1", 1, "Hand to courier");
    card(&mut b, "u1", "support", "s2", 0, "Courier network");
    arrow(&mut b, "a1", "k1", "b1");
    arrow(&mut b, "a2", "b2", "u1");
    arrow(&mut b, "a3", "u1", "k2");
    b
}

/// Strings that try to break the XML.
pub fn hostile() -> Blueprint {
    let nasty = "<script>alert(\"x\")</script> & ]]> <![CDATA[ x ]]> \"quoted\" 'single' \u{0}\u{1}\u{8}\u{b}\u{c}\u{1b}\u{7f}\u{FFFE}\u{FFFF} end";
    let mut b = base(
        nasty,
        &[("s1", nasty), ("s2", "שלום עולם مرحبا بالعالم")],
        &[("l1", LaneKind::Customer, nasty), ("l2", LaneKind::Custom, "😀👨‍👩‍👧‍👦🇨🇳 emoji lane")],
    );
    b.scenario = nasty.into();
    b.persona = "--> <!-- comment".into();
    b.description = "&amp; &#0; &lt;".into();
    b.lanes[1].color = Some("red\" onload=\"alert(1)".into());
    card(&mut b, "c1", "l1", "s1", 0, nasty);
    card(&mut b, "c2", "l1", "s2", 0, "שלום עולם — RTL text مرحبا بالعالم with 😀 emoji and e\u{301} accents");
    card(&mut b, "c3", "l2", "s1", 0, &"x".repeat(10_000));
    card(&mut b, "c4", "l2", "s2", 0, &"長".repeat(300));
    b.cards.get_mut("c1").unwrap().owner = nasty.into();
    arrow(&mut b, "a1", "c1", "c2");
    b.connectors.get_mut("a1").unwrap().label = nasty.into();
    // Ids outside the id charset (an inconsistent document must still export safely).
    card(&mut b, "bad\"id<x>", "l1", "s2", 1, "bad id");
    arrow(&mut b, "a2\"><script>", "c2", "bad\"id<x>");
    b
}

/// Key moments, card colours, and notes and tags drawn on the cards (English and Chinese
/// notes, a long one cut, tags only).
pub fn emphasis() -> Blueprint {
    use frontstage::model::{CardColour, NotesDisplay};
    let mut b = base(
        "Hotel check-in, marked up",
        &[("arrive", "Arrive"), ("check_in", "Check in"), ("room", "Room")],
        &[("customer", LaneKind::Customer, "Guest"), ("front", LaneKind::Frontstage, "Front desk")],
    );
    b.display.notes = NotesDisplay::OnCard;
    card(&mut b, "g1", "customer", "arrive", 0, "Arrive at the lobby");
    card(&mut b, "g2", "customer", "check_in", 0, "Give name and passport");
    card(&mut b, "g3", "customer", "room", 0, "Open the room door");
    card(&mut b, "f1", "front", "check_in", 0, "Find the booking and hand over the key");
    card(&mut b, "f2", "front", "room", 0, "Call to ask if all is well");
    let colours = [CardColour::Red, CardColour::Yellow, CardColour::Green, CardColour::Blue, CardColour::Purple];
    for (c, colour) in b.cards.values_mut().zip(colours) {
        c.colour = Some(colour);
    }
    let g2 = b.cards.get_mut("g2").unwrap();
    g2.key_moment = true;
    g2.wait = true;
    g2.notes = "The first face of the hotel: a queue here colours the whole stay.".into();
    g2.tags = vec!["first impression".into(), "queue".into()];
    let f1 = b.cards.get_mut("f1").unwrap();
    f1.key_moment = true;
    f1.fail_point = Some(FailPoint::new(FailKind::System));
    f1.notes = "预订系统偶尔找不到在线旅行社的订单；请先按手机号查找。 Then by name.".into();
    let g3 = b.cards.get_mut("g3").unwrap();
    g3.notes = "A note long enough to be cut on the card: ".repeat(12);
    g3.colour = Some(CardColour::Grey);
    b.cards.get_mut("f2").unwrap().tags = vec!["#follow-up".into(), "回访".into()];
    arrow(&mut b, "a1", "g2", "f1");
    b
}

/// The same cards with their notes as footnotes: numbered badges, and the notes written
/// out under the legend, in the document's Chinese.
pub fn footnotes() -> Blueprint {
    let mut b = emphasis();
    b.display.notes = frontstage::model::NotesDisplay::Footnotes;
    b.title = "酒店入住：关键时刻与注释".into();
    for (stage, name) in b.stages.iter_mut().zip(["到达", "办理入住", "客房"]) {
        stage.name = name.into();
    }
    for (lane, name) in b.lanes.iter_mut().zip(["客人", "前台"]) {
        lane.name = name.into();
    }
    for (id, text) in [
        ("g1", "到达酒店大堂"),
        ("g2", "出示姓名与证件"),
        ("g3", "打开房门"),
        ("f1", "查找预订并交付房卡"),
        ("f2", "致电询问是否一切顺利"),
    ] {
        b.cards.get_mut(id).unwrap().text = text.into();
    }
    b.cards.get_mut("g1").unwrap().notes = "大堂的第一印象：门童、指示牌与排队的长度。".into();
    b
}
