//! `doithoai speaker …`: registrations in speaking order (R5, R6), refusals (R7).

use super::{parse_text, print_line, vocab, Context};
use doithoai::error::Result;
use doithoai::ops;
use doithoai::ops::speaker::SpeakerRef;
use doithoai::output::rows::SpeakerLine;
use doithoai::output::{self};
use doithoai::rules::lifecycle::RegistrationAction;
use doithoai::rules::vocabulary::{Honorific, RefusalReason};

#[derive(Debug, Clone, clap::Subcommand)]
pub enum SpeakerCommand {
    /// Register a speaker; prints the speaking order number (R6).
    Register(RegisterArgs),
    /// Import a registration list from a table (.csv, .xlsx, .ods), in its order: all rows or none.
    Import(super::import::ImportArgs),
    /// Refuse a speaker: no-civil-capacity, disorder or non-constructive (R7, Art. 9.1).
    Refuse(RefuseArgs),
    /// Record that the speaker spoke.
    #[command(alias = "mark-spoke")]
    Spoke(IdArgs),
    /// Record that the speaker withdrew.
    Withdraw(IdArgs),
    /// A session's speakers in speaking order.
    List(ListArgs),
    /// Correct a speaker's name, organisation, address or topic (the speaking order stays).
    Edit(EditArgs),
}

#[derive(Debug, Clone, clap::Args)]
pub struct EditArgs {
    /// The speaker: the id, or SESSION/ORDER (2/1: the first speaker of session 2).
    pub speaker: SpeakerRef,
    /// The speaker's name.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub name: Option<String>,
    /// The organisation the speaker represents.
    #[arg(long = "org", value_parser = parse_text)]
    pub organisation: Option<String>,
    /// The speaker's address.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub address: Option<String>,
    /// What the speaker registered to speak about.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub topic: Option<String>,
    /// How the letters address the speaker: mr (Ông) or ms (Bà).
    #[arg(long, value_parser = vocab::<Honorific>(), hide_possible_values = true)]
    pub honorific: Option<Honorific>,
    /// Why (kept in the history).
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct RegisterArgs {
    /// The session.
    pub session: i64,
    /// The speaker's name.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub name: String,
    /// The organisation the speaker represents.
    #[arg(long = "org", value_parser = parse_text, conflicts_with = "address")]
    pub organisation: Option<String>,
    /// The speaker's address (for an individual).
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub address: Option<String>,
    /// What the speaker registered to speak about (Art. 8.3).
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub topic: String,
    /// How the letters address the speaker: mr (Ông) or ms (Bà); "Ông/Bà" when left out.
    #[arg(long, value_parser = vocab::<Honorific>(), hide_possible_values = true)]
    pub honorific: Option<Honorific>,
    /// Spoke at the session, held already, without registering before it (an ad-hoc session, from the floor).
    #[arg(long)]
    pub spoke: bool,
}

#[derive(Debug, Clone, clap::Args)]
pub struct RefuseArgs {
    /// The speaker: the id, or SESSION/ORDER (2/1: the first speaker of session 2).
    pub id: SpeakerRef,
    /// no-civil-capacity, disorder or non-constructive.
    #[arg(long, value_parser = vocab::<RefusalReason>(), hide_possible_values = true)]
    pub reason: RefusalReason,
}

#[derive(Debug, Clone, clap::Args)]
pub struct IdArgs {
    /// The speaker: the id, or SESSION/ORDER (2/1: the first speaker of session 2).
    pub id: SpeakerRef,
}

#[derive(Debug, Clone, clap::Args)]
pub struct ListArgs {
    /// The session.
    pub session: i64,
    /// Write to this file atomically instead of stdout (format from its extension: .csv, .json, .xlsx, .html)
    #[arg(long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
}

pub fn run(ctx: &Context, cmd: SpeakerCommand) -> Result<i32> {
    match cmd {
        SpeakerCommand::Register(a) => register(ctx, a),
        SpeakerCommand::Import(a) => super::import::speakers(ctx, a),
        SpeakerCommand::Refuse(a) => change(ctx, a.id, RegistrationAction::Refuse, Some(a.reason)),
        SpeakerCommand::Spoke(a) => change(ctx, a.id, RegistrationAction::Spoke, None),
        SpeakerCommand::Withdraw(a) => change(ctx, a.id, RegistrationAction::Withdraw, None),
        SpeakerCommand::List(a) => list(ctx, a),
        SpeakerCommand::Edit(a) => {
            let mut store = ctx.open()?;
            let reg = ops::speaker::edit(
                &mut store,
                &ctx.actor_because(a.reason.as_deref()),
                a.speaker,
                &ops::speaker::SpeakerEdit {
                    name: a.name,
                    organisation: a.organisation,
                    address: a.address,
                    topic: a.topic,
                    honorific: a.honorific,
                },
            )?;
            super::print_outcome(
                ctx,
                &reg,
                msg!(
                    record_edited,
                    record = "registration",
                    id = reg.id,
                    record_word = doithoai::message::Label::lower("registration")
                )
                .to_string(),
            )
        }
    }
}

fn register(ctx: &Context, a: RegisterArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let who = ops::speaker::Registrant {
        name: &a.name,
        organisation: a.organisation.as_deref(),
        address: a.address.as_deref(),
        topic: &a.topic,
        honorific: a.honorific,
    };
    let (reg, earlier) = if a.spoke {
        ops::speaker::record_spoken(&mut store, &ctx.actor(), a.session, &who)?
    } else {
        ops::speaker::register(&mut store, &ctx.actor(), a.session, &who)?
    };
    if let Some(earlier) = earlier {
        eprintln!(
            "{}",
            msg!(
                registered_twice,
                session = reg.session_id,
                order = reg.speaking_order,
                earlier = earlier
            )
        );
    }
    if ctx.format == output::Format::Json {
        output::json(&mut std::io::stdout().lock(), &reg)?;
    } else if a.spoke {
        print_line(
            msg!(
                recorded_as_spoken,
                id = reg.id,
                session = reg.session_id,
                order = reg.speaking_order
            )
            .to_string(),
        )?;
    } else {
        print_line(
            msg!(
                registered,
                id = reg.id,
                session = reg.session_id,
                order = reg.speaking_order
            )
            .to_string(),
        )?;
    }
    Ok(0)
}

fn change(
    ctx: &Context,
    id: SpeakerRef,
    action: RegistrationAction,
    reason: Option<RefusalReason>,
) -> Result<i32> {
    let mut store = ctx.open()?;
    let reg = ops::speaker::change(&mut store, &ctx.actor(), id, action, reason)?;
    print_line(
        msg!(
            registration_changed,
            id = reg.id,
            status = doithoai::words::label(reg.status.as_str())
        )
        .to_string(),
    )?;
    Ok(0)
}

fn list(ctx: &Context, a: ListArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    ctx.disclosing(&mut store, |store| {
        let mask = ctx.protected_mask();
        let rows: Vec<SpeakerLine> = ops::speaker::list(store, a.session, ctx.privacy(&mask))?
            .into_iter()
            .map(|registration| SpeakerLine { registration })
            .collect();
        super::with_destination(ctx, a.output.as_deref(), |out| {
            output::list(ctx.format, out, ctx.csv, &rows).map(|_| ())
        })?;
        Ok(0)
    })
}
