package be.cpas.pst.domain.account;

import java.util.Optional;

/** Port to the stored accounts. */
public interface AccountRepository {

    /** The account with this (already normalised) username, active or not. */
    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<Account> findById(Long id);

    /** Every account, active or not, by username. */
    java.util.List<Account> findAllByOrderByUsernameAsc();

    Account save(Account account);

    long count();
}
