package org.tagbench.core.security;

import java.util.ArrayList;
import java.util.function.Consumer;

import org.tagbench.core.profiles.ProfileFileException;
import org.tagbench.core.profiles.ProfileStore;
import org.tagbench.core.profiles.TlsSettings;

/**
 * Wraps a handler and, when it answers {@link TrustDecision#TRUST_ALWAYS}, pins the certificate's
 * fingerprint in the profile (TLS mode PIN) through the profile store. If the pin cannot be saved, the
 * certificate is still trusted for this client and the failure goes to {@code onSaveFailure}.
 */
public final class PinningTrustHandler implements CertificateTrustHandler {

	private final CertificateTrustHandler delegate;
	private final ProfileStore store;
	private final Consumer<ProfileFileException> onSaveFailure;

	public PinningTrustHandler(CertificateTrustHandler delegate, ProfileStore store,
			Consumer<ProfileFileException> onSaveFailure) {
		this.delegate = delegate;
		this.store = store;
		this.onSaveFailure = onSaveFailure;
	}

	@Override
	public TrustDecision decide(CertificateTrustRequest request) {
		TrustDecision decision = delegate.decide(request);
		if (decision == TrustDecision.TRUST_ALWAYS) {
			try {
				store.update(profiles -> {
					var result = new ArrayList<>(profiles);
					result.replaceAll(p -> p.id().equals(request.profileId())
							? p.toBuilder().tls(TlsSettings.pinned(request.sha256())).build()
							: p);
					return result;
				});
			} catch (ProfileFileException e) {
				onSaveFailure.accept(e);
			}
		}
		return decision;
	}
}
