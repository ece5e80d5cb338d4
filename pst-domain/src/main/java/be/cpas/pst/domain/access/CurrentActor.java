package be.cpas.pst.domain.access;


/** Port: who is making the changes of the current request or task. */
public interface CurrentActor {

    /** The signed-in person, or {@link Actor#SYSTEM} when nobody is signed in. */
    Actor current();
}
