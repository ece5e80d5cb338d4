package be.cpas.pst.domain.account;

import java.util.Optional;

/** Port to the stored accounts. */
public interface AccountRepository {

    /** The account with this (already normalised) username, active or not. */
    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    Account save(Account account);

    long count();
}
