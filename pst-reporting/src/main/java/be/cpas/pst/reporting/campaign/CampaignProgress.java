package be.cpas.pst.reporting.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How far a campaign has come: each projet/action to update (open work of the plan), who is asked to update it (the
 * responsable's account, else the pilote's), and whether it was updated since the campaign opened.
 */
public record CampaignProgress(List<Item> items) {

    /**
     * A projet or action to update.
     *
     * @param accountId the account asked to update it, {@code null} when neither its responsable nor its pilote has one
     * @param piloteAccountId the pilote's account, told of what is missing after the deadline
     */
    public record Item(long nodeId, String code, String title, String services, String person, Long accountId,
            String accountName, String email, Long piloteAccountId, LocalDate updatedOn) {

        public boolean updated() {
            return updatedOn != null;
        }

        public String label() {
            return code == null || code.isBlank() ? title : code + " " + title;
        }
    }

    /** Updated and total for one person or service. */
    public record Count(String name, long updated, long total) {

        public int percent() {
            return total == 0 ? 0 : (int) Math.round(100.0 * updated / total);
        }
    }

    public long updated() {
        return items.stream().filter(Item::updated).count();
    }

    public long total() {
        return items.size();
    }

    public int percent() {
        return new Count("", updated(), total()).percent();
    }

    /** By person asked, the people with most left to update first. */
    public List<Count> byPerson() {
        return count(items.stream().collect(Collectors.groupingBy(i -> i.accountName() != null ? i.accountName()
                : i.person() != null ? i.person() : "", TreeMap::new, Collectors.toList())));
    }

    /** By service involved (an item counts for each of its services). */
    public List<Count> byService() {
        Map<String, List<Item>> groups = new TreeMap<>();
        for (Item item : items) {
            String services = item.services() == null || item.services().isBlank() ? "" : item.services();
            for (String service : services.split(", ")) {
                groups.computeIfAbsent(service, s -> new ArrayList<>()).add(item);
            }
        }
        return count(groups);
    }

    private static List<Count> count(Map<String, List<Item>> groups) {
        return groups.entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue().stream().filter(Item::updated).count(),
                        e.getValue().size()))
                .sorted((a, b) -> Long.compare(b.total() - b.updated(), a.total() - a.updated()))
                .toList();
    }

    /** What one account is asked to update. */
    public List<Item> of(long accountId) {
        return items.stream().filter(i -> Objects.equals(i.accountId(), accountId)).toList();
    }

    /** The accounts asked to update something, in the order of their first item. */
    public List<Long> accounts() {
        return items.stream().map(Item::accountId).filter(Objects::nonNull).distinct().toList();
    }

    /** What is not updated and whose pilote is this account. */
    public List<Item> missingPilotedBy(long accountId) {
        return items.stream().filter(i -> !i.updated() && Objects.equals(i.piloteAccountId(), accountId)).toList();
    }

    public List<Item> missing() {
        return items.stream().filter(i -> !i.updated()).toList();
    }
}
