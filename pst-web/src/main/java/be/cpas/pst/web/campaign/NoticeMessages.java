package be.cpas.pst.web.campaign;

import be.cpas.pst.domain.access.Role;
import be.cpas.pst.domain.account.Account;
import be.cpas.pst.domain.account.AccountRepository;
import be.cpas.pst.domain.mail.NoticeKind;
import be.cpas.pst.domain.mail.Notices;
import be.cpas.pst.reporting.campaign.NoticeRows;
import be.cpas.pst.web.mail.MessageWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The automatic notices of a plan, each switchable for the plan (DG) and by each person: "you were made responsable
 * or pilote" (once per change), the deadlines within the plan's "due soon" days and the work without update for its
 * "stale" days (each at most once a week per person, all such work in one message, to the responsable — or the
 * pilote when the responsable has no account), and the weekly summary for pilotes (their work late or stale) and the
 * DG (all of it).
 */
@Component
public class NoticeMessages {

    private static final Locale BELGIUM = Locale.forLanguageTag("fr-BE");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** How far back a change of responsable or pilote is still announced. */
    static final int ASSIGNMENT_DAYS = 2;

    private final NoticeRows rows;
    private final Notices notices;
    private final AccountRepository accounts;
    private final MessageWriter writer;
    private final MessageSource messages;

    NoticeMessages(NoticeRows rows, Notices notices, AccountRepository accounts, MessageWriter writer,
            MessageSource messages) {
        this.rows = rows;
        this.notices = notices;
        this.accounts = accounts;
        this.writer = writer;
        this.messages = messages;
    }

    /** Every plan's notices due today; how many messages were recorded. */
    @Transactional
    public int sendAll(LocalDate today, Instant now) {
        Map<Long, Account> people = accounts.findAllByOrderByUsernameAsc().stream()
                .collect(Collectors.toMap(Account::getId, Function.identity()));
        int recorded = 0;
        for (NoticeRows.PlanRow plan : rows.followedPlans()) {
            recorded += send(plan, today, now, people);
        }
        return recorded;
    }

    private int send(NoticeRows.PlanRow plan, LocalDate today, Instant now, Map<Long, Account> people) {
        Notices.Decision decision = notices.decisionFor(plan.id());
        List<NoticeRows.WorkRow> work = rows.openWork(plan.id());
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int recorded = 0;

        Map<Long, NoticeRows.WorkRow> byId = work.stream()
                .collect(Collectors.toMap(NoticeRows.WorkRow::id, Function.identity()));
        for (NoticeRows.Assignment change : rows.assignmentsSince(plan.id(), now.minusSeconds(ASSIGNMENT_DAYS * 86_400L))) {
            NoticeRows.WorkRow item = byId.get(change.nodeId());
            if (item == null) {
                continue;
            }
            // nobody is told of what they did themselves
            if (change.responsable() && item.responsableAccountId() != null
                    && item.responsableAccountId() != change.byAccountId()) {
                recorded += letter(plan, NoticeKind.ASSIGNED, "notice:assigned:" + change.auditId() + ":responsable",
                        people.get(item.responsableAccountId()), decision, List.of(item), "responsable") ? 1 : 0;
            }
            if (change.pilote() && item.piloteAccountId() != null && item.piloteAccountId() != change.byAccountId()) {
                recorded += letter(plan, NoticeKind.ASSIGNED, "notice:assigned:" + change.auditId() + ":pilote",
                        people.get(item.piloteAccountId()), decision, List.of(item), "pilote") ? 1 : 0;
            }
        }

        List<NoticeRows.WorkRow> dueSoon = work.stream().filter(w -> w.dueDate() != null
                && !w.dueDate().isBefore(today) && !w.dueDate().isAfter(today.plusDays(plan.dueSoonDays()))).toList();
        for (Map.Entry<Long, List<NoticeRows.WorkRow>> person : byAsked(dueSoon).entrySet()) {
            recorded += letter(plan, NoticeKind.DUE_SOON, "notice:due:" + plan.id() + ":" + person.getKey() + ":" + week,
                    people.get(person.getKey()), decision, person.getValue(), null) ? 1 : 0;
        }

        List<NoticeRows.WorkRow> stale = work.stream().filter(w -> isStale(w, plan, today)).toList();
        for (Map.Entry<Long, List<NoticeRows.WorkRow>> person : byAsked(stale).entrySet()) {
            recorded += letter(plan, NoticeKind.STALE, "notice:stale:" + plan.id() + ":" + person.getKey() + ":" + week,
                    people.get(person.getKey()), decision, person.getValue(), null) ? 1 : 0;
        }

        List<NoticeRows.WorkRow> attention = work.stream().filter(w -> w.dueDate() != null
                && w.dueDate().isBefore(today) || isStale(w, plan, today)).toList();
        Map<Long, List<NoticeRows.WorkRow>> summaries = new LinkedHashMap<>();
        for (NoticeRows.WorkRow item : attention) {
            if (item.piloteAccountId() != null) {
                summaries.computeIfAbsent(item.piloteAccountId(), id -> new ArrayList<>()).add(item);
            }
        }
        people.values().stream().filter(a -> a.isActive() && a.hasRole(Role.DG) && !attention.isEmpty())
                .forEach(dg -> summaries.put(dg.getId(), attention));
        for (Map.Entry<Long, List<NoticeRows.WorkRow>> person : summaries.entrySet()) {
            recorded += letter(plan, NoticeKind.WEEKLY, "notice:weekly:" + plan.id() + ":" + person.getKey() + ":" + week,
                    people.get(person.getKey()), decision, person.getValue(), null) ? 1 : 0;
        }
        return recorded;
    }

    private static boolean isStale(NoticeRows.WorkRow work, NoticeRows.PlanRow plan, LocalDate today) {
        LocalDate last = work.lastUpdate() != null ? work.lastUpdate() : plan.followUpSince();
        return last != null && last.isBefore(today.minusDays(plan.staleAfterDays()));
    }

    private static Map<Long, List<NoticeRows.WorkRow>> byAsked(List<NoticeRows.WorkRow> work) {
        return work.stream().filter(w -> w.askedAccountId() != null).collect(Collectors.groupingBy(
                NoticeRows.WorkRow::askedAccountId, LinkedHashMap::new, Collectors.toList()));
    }

    private boolean letter(NoticeRows.PlanRow plan, NoticeKind kind, String key, Account to,
            Notices.Decision decision, List<NoticeRows.WorkRow> items, String role) {
        if (to == null || !decision.sends(kind, to.getId())) {
            return false;
        }
        String prefix = "mail.notice." + kind.name().toLowerCase(Locale.ROOT);
        List<MessageWriter.Line> lines = items.stream().map(w -> new MessageWriter.Line(
                text("mail.notice.open", w.label()), writer.url("/plans/" + plan.id() + "/elements/" + w.id()
                        + (kind == NoticeKind.ASSIGNED || kind == NoticeKind.WEEKLY ? "" : "#mise-a-jour")),
                w.dueDate() == null ? null : text("mail.notice.due", DAY.format(w.dueDate())))).toList();
        return writer.record(new MessageWriter.Letter(key, "NOTICE_" + kind.name(), null, to, plan.organisation(),
                text(prefix + ".subject" + (role == null ? "" : "." + role), plan.title()), plan.title(),
                text("mail.campaign.greeting", to.getDisplayName()),
                text(prefix + ".intro" + (role == null ? "" : "." + role), items.size()), null,
                text(prefix + ".heading"), lines, text("mail.campaign.myActionsLink"), writer.url("/mes-actions"),
                true, text("mail.notice.preferences"), text("mail.campaign.signature", plan.organisation())));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, BELGIUM);
    }
}
