using Kazynashylyk.Contracts.Agreements;
using Kazynashylyk.Contracts.Notifications;
using Kazynashylyk.Contracts.Registration;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Kazynashylyk.Registration.Onboarding;

/// <summary>
/// The onboarding of a system user: registration submitted → registration form verified → agreement drafted →
/// signed by the user and the client's head (and the treasury) → agreement in force → user activated → user and
/// head notified. An onboarding whose agreement is not in force within <see cref="OnboardingOptions.ExpireAfter"/>
/// expires. Repeated and late events change nothing; an event that fits no state is logged and dropped, so that no
/// ordering of the bus can send a message to the error queue.
/// </summary>
public sealed class OnboardingStateMachine : MassTransitStateMachine<OnboardingState>
{
    private readonly TimeProvider _time;
    private readonly ILogger<OnboardingStateMachine> _logger;

    // Fields declared by the message's name: the properties AgreementDrafted and NotificationFailed are the states
    // of those names, which the read API shows.
    private readonly Event<AgreementDrafted> _agreementDrafted;
    private readonly Event<NotificationFailed> _notificationFailed;

    public OnboardingStateMachine(
        IOptions<OnboardingOptions> options, TimeProvider time, ILogger<OnboardingStateMachine> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        _logger = logger;
        var expireAfter = options.Value.ExpireAfter;

        InstanceState(x => x.CurrentState);

        Event(() => RegistrationSubmitted, x => x.CorrelateById(m => m.Message.OnboardingId));
        Event(() => RegistrationFormVerified, x => ById(x, m => m.OnboardingId));
        _agreementDrafted = Event<AgreementDrafted>(nameof(AgreementDrafted), x => ById(x, m => m.OnboardingId));
        Event(() => AgreementDraftRefused, x => ById(x, m => m.OnboardingId));
        Event(() => AgreementSigned, x => ById(x, m => m.OnboardingId));
        Event(() => AgreementConcluded, x => ById(x, m => m.OnboardingId));
        Event(() => SystemUserActivated, x => ById(x, m => m.OnboardingId));
        Event(() => NotificationDelivered, x =>
        {
            x.CorrelateBy((saga, context) => saga.UserNotificationId == context.Message.NotificationId
                || saga.HeadNotificationId == context.Message.NotificationId);
            x.OnMissingInstance(m => m.Discard());
        });
        _notificationFailed = Event<NotificationFailed>(nameof(NotificationFailed), x =>
        {
            x.CorrelateBy((saga, context) => saga.UserNotificationId == context.Message.NotificationId
                || saga.HeadNotificationId == context.Message.NotificationId);
            x.OnMissingInstance(m => m.Discard());
        });

        Schedule(() => Expiry, x => x.ExpiryTokenId, s =>
        {
            s.Delay = expireAfter;
            s.Received = r =>
            {
                r.CorrelateById(m => m.Message.OnboardingId);
                r.OnMissingInstance(m => m.Discard());
            };
        });

        Initially(
            When(RegistrationSubmitted)
                .Then(x => Touch(x).Start(x.Message))
                .Schedule(Expiry, x => new OnboardingExpiry { OnboardingId = x.Saga.CorrelationId })
                .TransitionTo(Submitted)
                .Then(x => OnboardingLog.Started(
                    _logger, x.Saga.CorrelationId, x.Saga.UserId, Now + expireAfter)));

        During(Submitted,
            When(RegistrationFormVerified)
                .Then(x => Touch(x).FormVerifiedAt = x.Message.VerifiedAt.ToUniversalTime())
                .Send(AgreementQueues.DraftAgreementAddress, x => new DraftAgreement
                {
                    OnboardingId = x.Saga.CorrelationId,
                    AgreementId = OnboardingIds.AgreementOf(x.Saga.CorrelationId),
                    Parties = x.Message.Parties,
                })
                .TransitionTo(FormVerified)
                .Then(x => OnboardingLog.AgreementRequested(
                    _logger, x.Saga.CorrelationId, OnboardingIds.AgreementOf(x.Saga.CorrelationId))));

        During(FormVerified,
            When(_agreementDrafted)
                .Then(x => Touch(x).RecordDraft(x.Message))
                .TransitionTo(AgreementDrafted)
                .Then(x => OnboardingLog.AgreementDrafted(_logger, x.Saga.CorrelationId, x.Message.AgreementId)),
            When(AgreementDraftRefused)
                .Then(x => Touch(x).End(x.Message.Reason, Now))
                .Unschedule(Expiry)
                .Publish(x => OnboardingMessages.Ended(x.Saga, OnboardingMessages.FailedOutcome, Now))
                .TransitionTo(Failed)
                .Then(x => OnboardingLog.DraftRefused(_logger, x.Saga.CorrelationId, x.Message.AgreementId)));

        // Signatures and the conclusion may overtake the draft's confirmation on the bus; the later confirmation
        // then only fills in what is missing.
        During([AgreementDrafted, SignedByUser, SignedByHead],
            When(_agreementDrafted)
                .Then(x => Touch(x).RecordDraft(x.Message)));

        During([FormVerified, AgreementDrafted, SignedByUser, SignedByHead],
            When(AgreementSigned)
                .Then(x => Touch(x).RecordSignature(x.Message))
                .If(x => x.Saga.HeadSignedAt is not null, then => then.TransitionTo(SignedByHead))
                .If(x => x.Saga.HeadSignedAt is null && x.Saga.UserSignedAt is not null,
                    then => then.TransitionTo(SignedByUser))
                .Then(x => OnboardingLog.AgreementSigned(
                    _logger, x.Saga.CorrelationId, x.Message.AgreementId, x.Message.Party, x.Saga.CurrentState)),
            When(AgreementConcluded)
                .Unschedule(Expiry)
                .Then(x => Touch(x).RecordConclusion(x.Message))
                .Send(RegistrationQueues.ActivateSystemUserAddress, x => new ActivateSystemUser
                {
                    OnboardingId = x.Saga.CorrelationId,
                    UserId = x.Saga.UserId,
                    AgreementId = x.Message.AgreementId,
                    JournalNumber = x.Message.JournalNumber,
                    CertificateSerial = x.Message.UserCertificateSerial,
                })
                .TransitionTo(InForce)
                .Then(x => OnboardingLog.AgreementInForce(
                    _logger, x.Saga.CorrelationId, x.Message.AgreementId, x.Saga.UserId)));

        // Once the agreement is in force the expiry is unscheduled, and a copy that still arrives finds no token.
        During([Submitted, FormVerified, AgreementDrafted, SignedByUser, SignedByHead],
            When(Expiry.Received)
                .Then(x => Touch(x).End(OnboardingMessages.ExpiryReason(expireAfter), Now))
                .Then(x => OnboardingLog.Expired(_logger, x.Saga.CorrelationId, x.Saga.CurrentState))
                .Then(x => x.Saga.RecordExpiryNotifications())
                .Publish(x => OnboardingMessages.Ended(x.Saga, OnboardingMessages.ExpiredOutcome, Now))
                .Send(NotificationQueues.SendNotificationAddress, x => OnboardingMessages.ExpiredToUser(x.Saga))
                .Send(NotificationQueues.SendNotificationAddress, x => OnboardingMessages.ExpiredToHead(x.Saga))
                .TransitionTo(Expired));

        During(InForce,
            When(SystemUserActivated)
                .Then(x => Touch(x).RecordActivation(x.Message))
                .Send(NotificationQueues.SendNotificationAddress, x => OnboardingMessages.UserActivated(x.Saga))
                .Send(NotificationQueues.SendNotificationAddress, x => OnboardingMessages.AgreementConcluded(x.Saga))
                .TransitionTo(Notifying)
                .Then(x => OnboardingLog.UserActivated(
                    _logger, x.Saga.CorrelationId, x.Saga.UserId, x.Saga.UserNotificationId!.Value,
                    x.Saga.HeadNotificationId!.Value)));

        During(Notifying,
            When(NotificationDelivered)
                .Then(x => Touch(x).RecordDelivery(x.Message))
                .Then(x => OnboardingLog.NotificationDelivered(_logger, x.Saga.CorrelationId, x.Message.NotificationId))
                .If(x => x.Saga.UserNotifiedAt is not null && x.Saga.HeadNotifiedAt is not null, then => then
                    .TransitionTo(Completed)
                    .Then(x => OnboardingLog.Completed(_logger, x.Saga.CorrelationId))),
            When(_notificationFailed)
                .Then(x => Touch(x).End(x.Saga.NotificationFailureReason(x.Message), Now))
                .TransitionTo(NotificationFailed)
                .Then(x => OnboardingLog.NotificationFailed(
                    _logger, x.Saga.CorrelationId, x.Message.NotificationId, x.Message.Attempts)));

        // What is expected to arrive again or late, and changes nothing.
        During([Submitted, FormVerified, AgreementDrafted, SignedByUser, SignedByHead, InForce, Notifying],
            Ignore(RegistrationSubmitted));
        During([FormVerified, AgreementDrafted, SignedByUser, SignedByHead, InForce, Notifying],
            Ignore(RegistrationFormVerified));
        During([AgreementDrafted, SignedByUser, SignedByHead, InForce, Notifying],
            Ignore(AgreementDraftRefused));
        During([InForce, Notifying],
            Ignore(_agreementDrafted),
            Ignore(AgreementSigned),
            Ignore(AgreementConcluded));
        During(Notifying,
            Ignore(SystemUserActivated));

        // An onboarding that ended stays as it ended.
        During([Completed, Failed, Expired, NotificationFailed],
            Ignore(RegistrationSubmitted),
            Ignore(RegistrationFormVerified),
            Ignore(_agreementDrafted),
            Ignore(AgreementDraftRefused),
            Ignore(AgreementSigned),
            Ignore(AgreementConcluded),
            Ignore(SystemUserActivated),
            Ignore(NotificationDelivered),
            Ignore(_notificationFailed));

        OnUnhandledEvent(x =>
        {
            OnboardingLog.EventIgnored(_logger, x.Saga.CorrelationId, x.Event.Name, x.CurrentState.Name);

            return x.Ignore();
        });
    }

    public State Submitted { get; private set; } = null!;

    public State FormVerified { get; private set; } = null!;

    public State AgreementDrafted { get; private set; } = null!;

    public State SignedByUser { get; private set; } = null!;

    public State SignedByHead { get; private set; } = null!;

    public State InForce { get; private set; } = null!;

    public State Notifying { get; private set; } = null!;

    public State Completed { get; private set; } = null!;

    public State Failed { get; private set; } = null!;

    public State Expired { get; private set; } = null!;

    public State NotificationFailed { get; private set; } = null!;

    public Schedule<OnboardingState, OnboardingExpiry> Expiry { get; private set; } = null!;

    public Event<RegistrationSubmitted> RegistrationSubmitted { get; private set; } = null!;

    public Event<RegistrationFormVerified> RegistrationFormVerified { get; private set; } = null!;

    public Event<AgreementDraftRefused> AgreementDraftRefused { get; private set; } = null!;

    public Event<AgreementSigned> AgreementSigned { get; private set; } = null!;

    public Event<AgreementConcluded> AgreementConcluded { get; private set; } = null!;

    public Event<SystemUserActivated> SystemUserActivated { get; private set; } = null!;

    public Event<NotificationDelivered> NotificationDelivered { get; private set; } = null!;

    private DateTimeOffset Now => _time.GetUtcNow();

    private static void ById<TMessage>(
        IEventCorrelationConfigurator<OnboardingState, TMessage> configurator, Func<TMessage, Guid> onboardingId)
        where TMessage : class
    {
        configurator.CorrelateById(m => onboardingId(m.Message));
        configurator.OnMissingInstance(m => m.Discard());
    }

    private OnboardingState Touch(BehaviorContext<OnboardingState> context)
    {
        context.Saga.UpdatedAt = Now;

        return context.Saga;
    }
}
