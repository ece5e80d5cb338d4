package be.cpas.pst.web.security;

import be.cpas.pst.domain.account.Account;
import be.cpas.pst.domain.account.AccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the account of a sign-in attempt; a deactivated account is found but refused as disabled. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String normalised;
        try {
            normalised = Account.normaliseUsername(username);
        } catch (IllegalArgumentException blank) {
            throw new UsernameNotFoundException("blank username");
        }
        return accounts.findByUsername(normalised)
                .map(AccountPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
