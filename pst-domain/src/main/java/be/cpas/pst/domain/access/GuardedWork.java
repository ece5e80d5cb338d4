package be.cpas.pst.domain.access;


/** What the access policy needs to know of an element of a plan to decide who may edit it or follow it up. */
public interface GuardedWork {

    Long getId();

    /** Whether it is a projet or an action (work that is followed up), not an objective or a volet. */
    boolean isWork();

    /** Whether the account is the person named pilote. */
    boolean hasPilote(Long accountId);

    /** Whether the account is the person named responsable. */
    boolean hasResponsable(Long accountId);

    /** Whether the account belongs to one of the services involved. */
    boolean involvesServiceMember(Long accountId);
}
