package be.cpas.pst.persistence.account;

import be.cpas.pst.domain.account.Account;
import be.cpas.pst.domain.account.AccountRepository;
import org.springframework.data.repository.Repository;

/** Spring Data implements the account port from its method names. */
interface SpringDataAccountRepository extends AccountRepository, Repository<Account, Long> {
}
