//! The report as titled tables in the document's language, which the text, Markdown and
//! CSV renderings (`render.rs`) lay out. Cards are named by their text's first line,
//! shortened; every figure has its unit.

use super::{CriticalPath, KpiStatus, Report};
use crate::model::{Blueprint, CardId, FailKind, KpiDirection, KpiSubject, Language, LineKind};
use crate::words;

/// A cell: user text (which a spreadsheet must not take for a formula) or a figure.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Figure(String),
    /// A duration: in words for people (`as_str`), and its seconds for a spreadsheet.
    Duration(String, u64),
}

impl Cell {
    pub fn as_str(&self) -> &str {
        match self {
            Cell::Text(s) | Cell::Figure(s) | Cell::Duration(s, _) => s,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// Labels in the document's language.
struct L(Language);

impl L {
    fn t(&self, en: &str, zh: &str) -> String {
        self.0.pick(en, zh).to_owned()
    }
}

fn secs(lang: Language, s: u64) -> Cell {
    Cell::Duration(words::duration(lang, u32::try_from(s).unwrap_or(u32::MAX)), s)
}

fn opt_secs(lang: Language, s: Option<u64>) -> Cell {
    s.map_or(Cell::Figure("—".into()), |s| secs(lang, s))
}

fn num(n: impl ToString) -> Cell {
    Cell::Figure(n.to_string())
}

/// A card as people know it: its text's first line, at most 60 characters; its id when
/// it has no text.
pub fn card_name(doc: &Blueprint, id: &CardId) -> String {
    let text = doc.cards.get(id).map(|c| c.text.trim()).unwrap_or_default();
    let first = text.lines().next().unwrap_or_default().trim();
    if first.is_empty() {
        return id.to_string();
    }
    let mut short: String = first.chars().take(60).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}

fn names(doc: &Blueprint, ids: &[CardId], sep: &str) -> String {
    ids.iter().map(|id| card_name(doc, id)).collect::<Vec<_>>().join(sep)
}

fn fail_kind(l: &L, k: FailKind) -> String {
    match k {
        FailKind::Process => l.t("process", "流程"),
        FailKind::Outcome => l.t("outcome", "结果"),
        FailKind::Interaction => l.t("interaction", "互动"),
        FailKind::System => l.t("system", "系统"),
    }
}

fn yes_no(l: &L, b: bool) -> String {
    if b {
        l.t("yes", "是")
    } else {
        l.t("no", "否")
    }
}

fn mean(m: Option<f64>) -> Cell {
    Cell::Figure(mean_text(m))
}

fn mean_text(m: Option<f64>) -> String {
    match m {
        None => "—".into(),
        Some(m) if m.abs() < 0.05 => "0.0".into(),
        Some(m) => format!("{m:+.1}"),
    }
}

/// An emotion score as people write it: "+1", "0", "−1".
fn signed(e: i8) -> String {
    match e {
        0 => "0".into(),
        e => format!("{e:+}"),
    }
}

fn figure(v: f64, unit: &str) -> String {
    match unit.trim() {
        "" => format!("{v}"),
        u => format!("{v} {u}"),
    }
}

/// The tables of a report on `doc`, in the document's language.
pub fn tables(doc: &Blueprint, r: &Report) -> Vec<Table> {
    let lang = doc.language;
    let l = L(lang);
    let stage_name = |id: &crate::model::StageId| doc.stage(id).map_or(id.to_string(), |s| s.name.clone());
    let lane_name = |id: &crate::model::LaneId| doc.lane(id).map_or(id.to_string(), |l| l.name.clone());
    let mut out = Vec::new();

    let j = &r.time.journey;
    let mut journey = vec![
        vec![Cell::Text(l.t("Customer's time", "客户用时")), secs(lang, j.customer_seconds)],
        vec![Cell::Text(l.t("Customer's steps", "客户步骤数")), num(j.steps)],
        vec![Cell::Text(l.t("Waiting", "等待用时")), secs(lang, j.waiting_seconds)],
        vec![Cell::Text(l.t("Tolerated (sum)", "容忍时间合计")), secs(lang, j.tolerance_seconds)],
        vec![Cell::Text(l.t("Standard", "标准时间")), opt_secs(lang, j.standard_seconds.map(u64::from))],
        vec![Cell::Text(l.t("Over the standard by", "超出标准")), opt_secs(lang, j.over_standard_seconds)],
        vec![
            Cell::Text(l.t("Steps without a duration", "未填时长的步骤")),
            Cell::Text(if j.untimed.is_empty() {
                "0".into()
            } else {
                format!("{}: {}", j.untimed.len(), names(doc, &j.untimed, ", "))
            }),
        ],
    ];
    // Durations in cells of their own (CSV writes them as h:mm:ss), the steps beside.
    let path = l.t("Critical path", "关键路径");
    match &r.time.critical_path {
        CriticalPath::NoCustomerAction => {
            journey.push(vec![Cell::Text(path), Cell::Text(l.t("no customer action", "没有客户行为"))])
        }
        CriticalPath::Path { seconds, steps, untimed, spans_journey } => {
            journey.push(vec![Cell::Text(path), secs(lang, *seconds)]);
            let mut along = names(doc, steps, " → ");
            if !untimed.is_empty() {
                along.push_str(&match lang {
                    Language::English => {
                        format!(" ({} without a duration: {})", untimed.len(), names(doc, untimed, ", "))
                    }
                    Language::SimplifiedChinese => {
                        format!("（{} 个未填时长：{}）", untimed.len(), names(doc, untimed, "、"))
                    }
                });
            }
            if !*spans_journey {
                along.push_str(&l.t(
                    " (not from the first stage to the last: the arrows do not join the whole journey)",
                    "（未从首个阶段贯穿到最后阶段：连线没有连起整个旅程）",
                ));
            }
            journey.push(vec![Cell::Text(l.t("Critical path's steps", "关键路径的步骤")), Cell::Text(along)]);
        }
        CriticalPath::Cycle { cards } => journey.push(vec![
            Cell::Text(path),
            Cell::Text(format!("{}{}", l.t("none: a loop through ", "无：连线构成循环："), names(doc, cards, ", "))),
        ]),
    }
    // The journey's emotion beside its times, the employees' apart (docs/measures.md).
    for (label, curve) in [
        (l.t("Customer's emotion (mean / lowest)", "客户情绪（均值 / 最低）"), &r.emotion.customer),
        (l.t("Employees' emotion (mean / lowest)", "员工情绪（均值 / 最低）"), &r.emotion.employee),
    ] {
        let min = curve.min().map_or("—".into(), signed);
        journey.push(vec![Cell::Text(label), Cell::Figure(format!("{} / {min}", mean_text(curve.mean)))]);
    }
    if let Some(v) = &r.time.visibility {
        journey.push(vec![Cell::Text(l.t("Above the line of visibility", "可视线以上")), secs(lang, v.above_seconds)]);
        journey.push(vec![Cell::Text(l.t("Below the line of visibility", "可视线以下")), secs(lang, v.below_seconds)]);
    }
    out.push(Table {
        title: l.t("Journey", "全程"),
        header: vec![l.t("Measure", "指标项"), l.t("Value", "数值")],
        rows: journey,
    });

    let stages = r
        .time
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let fails = &r.fail_points.by_stage[i].count;
            let emo = &r.emotion.customer.stages[i];
            vec![
                Cell::Text(s.name.clone()),
                secs(lang, s.span.customer_seconds),
                secs(lang, s.span.waiting_seconds),
                opt_secs(lang, s.span.standard_seconds.map(u64::from)),
                opt_secs(lang, s.span.over_standard_seconds),
                num(s.span.untimed.len()),
                num(fails.total),
                num(fails.unrecovered),
                mean(emo.mean),
                Cell::Figure(emo.min.map_or("—".into(), signed)),
                num(r.touchpoints.stages[i].channels.total()),
            ]
        })
        .collect();
    out.push(Table {
        title: l.t("Stages", "各阶段"),
        header: [
            ("Stage", "阶段"),
            ("Customer's time", "客户用时"),
            ("Waiting", "等待"),
            ("Standard", "标准"),
            ("Over by", "超出"),
            ("Untimed steps", "未填时长"),
            ("Fail points", "失败点"),
            ("Unrecovered", "无补救"),
            ("Emotion (mean)", "情绪均值"),
            ("Emotion (min)", "最低情绪"),
            ("Touchpoints", "触点"),
        ]
        .iter()
        .map(|(en, zh)| l.t(en, zh))
        .collect(),
        rows: stages,
    });

    out.push(Table {
        title: l.t("Waits", "等待"),
        header: vec![l.t("Step", "步骤"), l.t("Duration", "时长"), l.t("Tolerance", "容忍时间")],
        rows: r
            .waits
            .waits
            .iter()
            .map(|w| {
                vec![
                    Cell::Text(card_name(doc, &w.card)),
                    opt_secs(lang, w.duration_seconds.map(u64::from)),
                    opt_secs(lang, w.tolerance_seconds.map(u64::from)),
                ]
            })
            .collect(),
    });
    out.push(Table {
        title: l.t("Over tolerance", "超出容忍时间"),
        header: vec![
            l.t("Step", "步骤"),
            l.t("Duration", "时长"),
            l.t("Tolerance", "容忍时间"),
            l.t("Over by", "超出"),
        ],
        rows: r
            .waits
            .over_tolerance
            .iter()
            .map(|o| {
                vec![
                    Cell::Text(card_name(doc, &o.card)),
                    secs(lang, o.duration_seconds.into()),
                    secs(lang, o.tolerance_seconds.into()),
                    secs(lang, o.over_seconds.into()),
                ]
            })
            .collect(),
    });
    out.push(Table {
        title: l.t("Fail points", "失败点"),
        header: [
            ("Step", "步骤"),
            ("Kind", "类型"),
            ("What fails", "失误内容"),
            ("Recovery", "有补救"),
            ("Stage", "阶段"),
            ("Lane", "泳道"),
            ("On the critical path", "在关键路径上"),
        ]
        .iter()
        .map(|(en, zh)| l.t(en, zh))
        .collect(),
        rows: r
            .fail_points
            .fail_points
            .iter()
            .map(|p| {
                vec![
                    Cell::Text(card_name(doc, &p.card)),
                    Cell::Text(fail_kind(&l, p.kind)),
                    Cell::Text(p.description.lines().next().unwrap_or_default().to_owned()),
                    Cell::Text(yes_no(&l, p.recovered)),
                    Cell::Text(stage_name(&p.stage)),
                    Cell::Text(lane_name(&p.lane)),
                    Cell::Text(yes_no(&l, p.on_critical_path)),
                ]
            })
            .collect(),
    });
    let mut emotion: Vec<Vec<Cell>> = r
        .emotion
        .dips
        .iter()
        .map(|d| {
            vec![
                Cell::Text(card_name(doc, &d.card)),
                Cell::Figure(signed(d.emotion)),
                Cell::Figure(d.from.map_or("—".into(), signed)),
                Cell::Text(
                    d.causes
                        .iter()
                        .map(|c| {
                            let what = match (c.wait, c.fail_point) {
                                (true, true) => l.t("wait, fail point", "等待、失败点"),
                                (true, false) => l.t("wait", "等待"),
                                _ => l.t("fail point", "失败点"),
                            };
                            match lang {
                                Language::English => format!("{} ({what})", card_name(doc, &c.card)),
                                Language::SimplifiedChinese => format!("{}（{what}）", card_name(doc, &c.card)),
                            }
                        })
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
            ]
        })
        .collect();
    if let Some(low) = &r.emotion.lowest {
        // The point before it on the curve, as a dip's "before" is.
        let points = &r.emotion.customer.points;
        let before =
            points.iter().position(|p| p.card == low.card).and_then(|i| i.checked_sub(1)).map(|i| points[i].emotion);
        emotion.insert(
            0,
            vec![
                Cell::Text(format!("{} {}", l.t("Lowest:", "最低点："), card_name(doc, &low.card))),
                Cell::Figure(signed(low.emotion)),
                Cell::Figure(before.map_or("—".into(), signed)),
                Cell::Text(String::new()),
            ],
        );
    }
    out.push(Table {
        title: l.t("The customer's emotion: dips", "客户情绪：低谷"),
        header: vec![
            l.t("Step", "步骤"),
            l.t("Emotion", "情绪"),
            l.t("Before", "之前"),
            l.t("With a wait or fail point", "伴随的等待或失败点"),
        ],
        rows: emotion,
    });
    out.push(Table {
        title: l.t("The employees' emotion (kept apart)", "员工情绪（单独统计）"),
        header: vec![l.t("Step", "步骤"), l.t("Emotion", "情绪")],
        rows: r
            .emotion
            .employee
            .points
            .iter()
            .map(|p| vec![Cell::Text(card_name(doc, &p.card)), Cell::Figure(signed(p.emotion))])
            .collect(),
    });
    let tp = |c: &super::ChannelCount| vec![num(c.physical), num(c.digital), num(c.interpersonal), num(c.process)];
    let mut touch: Vec<Vec<Cell>> = r
        .touchpoints
        .stages
        .iter()
        .zip(&r.time.stages)
        .map(|(t, s)| [vec![Cell::Text(s.name.clone())], tp(&t.channels)].concat())
        .collect();
    touch.push([vec![Cell::Text(l.t("Journey", "全程"))], tp(&r.touchpoints.journey)].concat());
    out.push(Table {
        title: l.t("Touchpoints by channel", "各渠道触点"),
        header: [
            ("Stage", "阶段"),
            ("Physical", "实体"),
            ("Digital", "数字"),
            ("Interpersonal", "人际"),
            ("Process", "流程"),
        ]
        .iter()
        .map(|(en, zh)| l.t(en, zh))
        .collect(),
        rows: touch,
    });
    let line = |k: LineKind| k.label_in(lang).to_owned();
    out.push(Table {
        title: l.t("Hand-offs across the lines", "跨线交接"),
        header: vec![l.t("From", "从"), l.t("To", "到"), l.t("Crosses", "跨越")],
        rows: r
            .touchpoints
            .hand_offs
            .iter()
            .map(|h| {
                vec![
                    Cell::Text(card_name(doc, &h.from)),
                    Cell::Text(card_name(doc, &h.to)),
                    Cell::Text(h.crosses.iter().map(|&k| line(k)).collect::<Vec<_>>().join(", ")),
                ]
            })
            .collect(),
    });
    out.push(Table {
        title: l.t("Time per lane", "各泳道用时"),
        header: vec![
            l.t("Lane", "泳道"),
            l.t("Steps", "步骤数"),
            l.t("Time", "用时"),
            l.t("Untimed steps", "未填时长"),
        ],
        rows: r
            .time
            .lanes
            .iter()
            .map(|x| vec![Cell::Text(x.name.clone()), num(x.steps), secs(lang, x.seconds), num(x.untimed)])
            .collect(),
    });
    out.push(Table {
        title: l.t("Time per owner", "各负责人用时"),
        header: vec![l.t("Owner", "负责人"), l.t("Steps", "步骤数"), l.t("Time", "用时")],
        rows: r
            .time
            .owners
            .iter()
            .map(|o| vec![Cell::Text(o.owner.clone()), num(o.steps), secs(lang, o.seconds)])
            .collect(),
    });
    // Per stage: every lane's time (a column each) and either side of the line.
    let line = r.time.visibility.is_some();
    let mut header = vec![l.t("Stage", "阶段")];
    header.extend(r.time.lanes.iter().map(|x| x.name.clone()));
    if line {
        header.extend([l.t("Above the line of visibility", "可视线以上"), l.t("Below it", "可视线以下")]);
    }
    out.push(Table {
        title: l.t("Time per stage and lane", "各阶段各泳道用时"),
        header,
        rows: r
            .time
            .places_by_stage
            .iter()
            .map(|p| {
                let mut row = vec![Cell::Text(stage_name(&p.stage))];
                row.extend(p.lanes.iter().map(|x| secs(lang, x.seconds)));
                if let Some(v) = &p.visibility {
                    row.extend([secs(lang, v.above_seconds), secs(lang, v.below_seconds)]);
                }
                row
            })
            .collect(),
    });
    out.push(Table {
        title: l.t("Time per stage and owner", "各阶段各负责人用时"),
        header: vec![l.t("Stage", "阶段"), l.t("Owner", "负责人"), l.t("Steps", "步骤数"), l.t("Time", "用时")],
        rows: r
            .time
            .places_by_stage
            .iter()
            .flat_map(|p| {
                p.owners.iter().map(|o| {
                    vec![
                        Cell::Text(stage_name(&p.stage)),
                        Cell::Text(o.owner.clone()),
                        num(o.steps),
                        secs(lang, o.seconds),
                    ]
                })
            })
            .collect(),
    });
    out.push(Table {
        title: l.t("KPIs", "指标"),
        header: [("KPI", "指标"), ("On", "对象"), ("Target", "目标"), ("Actual", "实际"), ("Status", "状态")]
            .iter()
            .map(|(en, zh)| l.t(en, zh))
            .collect(),
        rows: r
            .kpis
            .iter()
            .map(|k| {
                let on = match &k.on {
                    KpiSubject::Blueprint => l.t("whole journey", "全程"),
                    KpiSubject::Stage(s) => stage_name(s),
                    KpiSubject::Card(c) => card_name(doc, c),
                };
                let better = match k.direction {
                    KpiDirection::HigherIsBetter => "≥",
                    KpiDirection::LowerIsBetter => "≤",
                };
                let status = match k.status {
                    KpiStatus::Met => l.t("met", "达标"),
                    KpiStatus::Off => l.t("off target", "未达标"),
                    KpiStatus::NoActual => l.t("not measured", "未测量"),
                };
                vec![
                    Cell::Text(k.name.clone()),
                    Cell::Text(on),
                    Cell::Figure(format!("{better} {}", figure(k.target, &k.unit))),
                    Cell::Figure(k.actual.map_or("—".into(), |a| figure(a, &k.unit))),
                    Cell::Text(status),
                ]
            })
            .collect(),
    });
    out
}
