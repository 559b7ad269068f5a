package zhaoshang.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static zhaoshang.report.ChineseDates.Resolution.NEAREST;
import static zhaoshang.report.ChineseDates.Resolution.PAST;

/** Builds the typed report of a kind from its raw fields, checking required fields and values. */
final class ReportAssembler {

    private ReportAssembler() { }

    static ParsedItem assemble(ReportKind kind, Map<String, String> raw, LocalDate today) {
        FieldReader f = new FieldReader(kind, raw, today);
        Report report = switch (kind) {
            case VISIT -> visit(f, today);
            case LEAD -> lead(f, today);
            case INSPECTION -> inspection(f);
            case SIGNING -> signing(f, today);
            case TRIP_PLAN -> tripPlan(f, today);
            case TRIP_SUMMARY -> tripSummary(f);
        };
        return f.problems().isEmpty() ? new ParsedItem.Ok(report, f.doubts())
                : new ParsedItem.Invalid(kind, f.problems(), report, f.doubts());
    }

    private static VisitReport visit(FieldReader f, LocalDate today) {
        LocalDate date = f.given("date") ? f.date("date", PAST, true) : today;
        String enterprise = f.name("enterprise");
        if (enterprise == null) f.problem(ProblemMessages.missing(ReportKind.VISIT, "enterprise"));
        // 洽谈内容 is a required column of the visit ledger: a template that leaves it out is asked for it (one field)
        String content = f.requiredText("content");
        // "洽谈内容：…他们说明年上半年定 意向一般" with no 投资意向 line: the level told in the talk
        String intent = f.given("intent") || content == null ? f.intent("intent") : ProseFields.intent(content);
        return new VisitReport(date, enterprise, f.text("enterpriseInfo"), f.text("region"), f.text("industry"),
                Contacts.labelled(f.text("contacts")), OurPeople.labelledOurs(f.text("ourPeople")), content, intent, f.amount("amountYuan"),
                f.text("followUp"));
    }

    private static LeadReport lead(FieldReader f, LocalDate today) {
        LocalDate date = f.given("date") ? f.date("date", PAST, false) : today;
        String enterprise = f.name("enterprise");
        if (enterprise == null) f.problem(ProblemMessages.missing(ReportKind.LEAD, "enterprise"));
        String project = f.name("project");
        Long amount = f.amount("amountYuan");
        // the lead ledger needs a project's name or an amount (KindTable.missing): a lead with neither is asked for one
        if (project == null && !f.given("amountYuan")) f.problem(ProblemMessages.leadNeedsProjectOrAmount());
        // "当前阶段：签约（合同文本已在法务审核）": the stage is its word, the words in brackets what comes next
        String stage = f.text("stage");
        String nextStep = f.text("nextStep");
        java.util.regex.Matcher s = STAGE_NOTE.matcher(stage == null ? "" : stage);
        if (s.matches()) {
            stage = s.group(1);
            nextStep = nextStep == null ? s.group(2) : nextStep + "\n" + s.group(2);
        } else if (stage != null && !STAGES.contains(stage)) {
            // "阶段：刚接触，还是线索", "阶段：洽谈，对方下月来考察", "当前：洽谈中": the stage is the one stage word the words hold
            String told = ProseFields.stage(stage);
            if (told == null) told = FreeForm.stageWord(stage);
            if (told == null) {
                for (String w : STAGES) if (stage.contains(w)) told = told == null ? w : "";
            }
            if (told != null && !told.isEmpty()) stage = told;
        }
        return new LeadReport(date, enterprise, project, f.text("industry"), amount, f.area("area"), Owners.ownerWritten(f.text("owner")),
                f.text("source"), stage, nextStep);
    }

    private static final java.util.List<String> STAGES = java.util.List.of("线索", "洽谈", "签约");
    private static final java.util.regex.Pattern STAGE_NOTE = Patterns.compile("(线索|洽谈|签约)\\s*[（(]([^）)]+)[）)]");

    private static InspectionReport inspection(FieldReader f) {
        String enterprise = f.name("enterprise");
        if (enterprise == null) f.problem(ProblemMessages.missing(ReportKind.INSPECTION, "enterprise"));
        LocalDate date;
        var range = f.given("date") ? ChineseDates.parseRange(f.text("date"), f.today(), NEAREST) : java.util.Optional.<ChineseDates.Range>empty();
        if (range.isPresent()) date = range.get().start(); // "12月3日-12月4日": the inspection starts on the 3rd
        else date = f.date("date", NEAREST, false);
        if (!f.given("date")) f.problem(ProblemMessages.missing(ReportKind.INSPECTION, "date"));
        return new InspectionReport(enterprise, date, f.text("visitors"), OurPeople.labelledOurs(f.text("companions")), f.text("itinerary"),
                f.area("area"), f.intent("result"));
    }

    private static SigningReport signing(FieldReader f, LocalDate today) {
        String project = f.name("project");
        if (project == null) f.problem(ProblemMessages.missing(ReportKind.SIGNING, "project"));
        String enterprise = f.name("enterprise");
        if (enterprise == null) f.problem(ProblemMessages.missing(ReportKind.SIGNING, "enterprise"));
        LocalDate date = f.given("date") ? f.date("date", PAST, true) : today;
        Long amount = f.amount("amountYuan");
        if (!f.given("amountYuan")) f.problem(ProblemMessages.missing(ReportKind.SIGNING, "amountYuan"));
        String progress = f.given("progress") ? f.progress("progress") : "签约";
        return new SigningReport(project, enterprise, date, amount, f.text("industry"), f.area("area"), progress,
                f.text("issues"), Owners.ownerWritten(f.text("owner")), f.text("remark"));
    }

    private static TripPlanReport tripPlan(FieldReader f, LocalDate today) {
        String destination = f.requiredText("destination");
        LocalDate depart = null;
        LocalDate ret = null;
        if (f.given(FieldSynonyms.TRIP_DATES)) {
            ChineseDates.Range range = f.range(FieldSynonyms.TRIP_DATES, NEAREST);
            if (range != null) { depart = range.start(); ret = range.end(); }
        }
        String route = f.text("route");
        // "行程：12月5日，当天往返": the trip's days under 行程 (a route's label too) are its dates, not its route
        if (!f.given(FieldSynonyms.TRIP_DATES) && !f.given("departDate") && route != null && Character.isDigit(ProseDates.arabic(route).charAt(0))) {
            ChineseDates.Range range = ChineseDates.tripDays(route, today, NEAREST);
            if (range != null) { depart = range.start(); ret = range.end(); route = null; }
        }
        boolean datesUnreadable = f.given(FieldSynonyms.TRIP_DATES) && depart == null;
        if (f.given("departDate")) depart = f.date("departDate", NEAREST, false);
        else if (depart == null && !datesUnreadable) f.problem(ProblemMessages.missing(ReportKind.TRIP_PLAN, "departDate"));
        if (f.given("returnDate") && depart != null && SAME_DAY.matcher(f.text("returnDate")).matches()) {
            ret = depart; // "返回：当天", "返程：当天返回": back on the day of departure
        } else if (f.given("returnDate")) {
            // the return follows the departure: place a partial date relative to it
            LocalDate reference = depart != null ? depart : today;
            ret = f.date("返回日期", f.text("returnDate"), NEAREST, false, reference);
        } else if (ret == null && !datesUnreadable) {
            f.problem(ProblemMessages.missing(ReportKind.TRIP_PLAN, "returnDate"));
        }
        if (depart != null && ret != null && ret.isBefore(depart)) f.add(ProblemMessages.returnBeforeDepart(depart, ret), Doubt.Reason.UNREADABLE, null);
        List<TripPlanReport.PlannedVisit> visits = f.plannedVisits("plannedVisits", depart);
        if (depart != null && ret != null && !ret.isBefore(depart)) {
            for (TripPlanReport.PlannedVisit v : visits) {
                if (v.date() != null && (v.date().isBefore(depart) || v.date().isAfter(ret))) {
                    f.add(ProblemMessages.plannedVisitOutsideTrip(v.enterprise(), v.date()), Doubt.Reason.UNREADABLE, v.enterprise());
                }
            }
        }
        return new TripPlanReport(destination, depart, ret, visits, f.text("partners"), f.text("division"), route);
    }

    private static final java.util.regex.Pattern SAME_DAY = Patterns.compile("(?:当天|当日)(?:返回|往返)?[。.]?");

    private static TripSummaryReport tripSummary(FieldReader f) {
        String trip = f.text("trip");
        LocalDate depart = null;
        LocalDate ret = null;
        if (trip != null) {
            ChineseDates.Range range = ChineseDates.tripDays(trip, f.today(), NEAREST);
            // "周二，当天往返": a summary's weekday is one gone by
            if (range != null && range.start().isAfter(f.today()) && !Character.isDigit(ProseDates.arabic(trip).charAt(0))) {
                ChineseDates.Range past = ChineseDates.tripDays(trip, f.today(), PAST);
                if (past != null) range = past;
            }
            if (range != null) { depart = range.start(); ret = range.end(); }
        }
        String visits = f.requiredText("visits");
        return new TripSummaryReport(trip, depart, ret, visits, f.text("projects"), f.text("experience"),
                f.text("problems"), f.text("suggestions"));
    }
}
