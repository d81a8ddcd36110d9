#include "widgets/BookingDialog.h"

#include "core/Clock.h"
#include "core/InputLimits.h"
#include "core/SlotSearch.h"
#include "core/TextRules.h"
#include "core/TimeText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMetaMethod>
#include <QPushButton>
#include <QSet>

#include <algorithm>

namespace sams {

namespace {
constexpr int StartRole = Qt::UserRole; // UTC seconds
constexpr int LockedRole = Qt::UserRole + 1; // the start books into a lock

// A run of `count` slots free of bookings that a lock covers: only an override may
// take it (openRuns() leaves these out).
QList<qint64> lockedStarts(const StoreSchedule &schedule, const Chair &chair, QDate date, int count, qint64 notBefore)
{
    QList<qint64> starts;
    const QList<SlotSpan> spans = schedule.slotSpans(chair, date);
    const int capacity = schedule.store().capacity;
    int run = 0;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const SlotSpan &s = spans.at(i);
        const bool free = schedule.bookedCount(chair.id, s.start, s.end) < capacity;
        const bool follows = i > 0 && spans.at(i - 1).end == s.start;
        run = free ? (follows ? run + 1 : 1) : 0;
        if (run >= count) {
            const qint64 start = spans.at(i - count + 1).start;
            if (start >= notBefore && schedule.lockAt(chair.id, start, s.end))
                starts.append(start);
        }
    }
    return starts;
}
} // namespace

BookingDialog::BookingDialog(const StoreSchedule &schedule, QDate day, std::optional<ChairId> chair,
                             std::optional<qint64> start, const Rights &rights, QWidget *parent)
    : QDialog(parent)
    , m_schedule(schedule)
    , m_scheduleDay(day)
    , m_rights(rights)
    , m_wantedChair(chair)
    , m_wantedStart(start)
    , m_name(new QLineEdit)
    , m_phone(new QLineEdit)
    , m_email(new QLineEdit)
    , m_zip(new QLineEdit)
    , m_service(new QLineEdit)
    , m_channel(new QComboBox)
    , m_notes(new QLineEdit)
    , m_date(new QDateEdit)
    , m_chair(new QComboBox)
    , m_length(new QComboBox)
    , m_start(new QComboBox)
    , m_zone(new QLabel)
    , m_firstAvailable(new QPushButton(tr("&First available")))
    , m_firstScope(new QComboBox)
    , m_elsewhere(new QPushButton)
    , m_override(new QCheckBox(tr("Book into a &locked slot")))
    , m_reasonLabel(new QLabel(tr("&Reason:")))
    , m_reason(new QLineEdit)
    , m_notice(new QLabel)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("New appointment"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_zip->setObjectName(QStringLiteral("zipEdit"));
    m_service->setObjectName(QStringLiteral("serviceEdit"));
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_chair->setObjectName(QStringLiteral("chairCombo"));
    m_length->setObjectName(QStringLiteral("lengthCombo"));
    m_start->setObjectName(QStringLiteral("startCombo"));
    m_zone->setObjectName(QStringLiteral("zoneLabel"));
    m_firstAvailable->setObjectName(QStringLiteral("firstAvailableButton"));
    m_firstScope->setObjectName(QStringLiteral("firstAvailableScope"));
    m_override->setObjectName(QStringLiteral("overrideCheck"));
    m_reason->setObjectName(QStringLiteral("overrideReasonEdit"));
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_buttons->setObjectName(QStringLiteral("buttons"));

    // Room for a whole name or address without scrolling.
    for (QLineEdit *edit : {m_name, m_phone, m_email, m_zip, m_service, m_notes})
        edit->setMinimumWidth(fontMetrics().averageCharWidth() * 26);
    m_name->setPlaceholderText(tr("Required"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_zip->setPlaceholderText(tr("For web bookings"));
    m_channel->addItem(tr("Staff"), QVariant::fromValue(int(BookingChannel::Staff)));
    m_channel->addItem(tr("Phone"), QVariant::fromValue(int(BookingChannel::Phone)));
    m_channel->addItem(tr("Web"), QVariant::fromValue(int(BookingChannel::Web)));
    m_channel->setCurrentIndex(1); // schedulers book on the phone
    // Dates are typed as YYYY-MM-DD everywhere in SAMS (docs/input.md).
    m_date->setDisplayFormat(QStringLiteral("ddd yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setDateRange(limits::earliestDate(), limits::latestDate());
    m_date->setDate(day);
    m_start->setPlaceholderText(tr("Choose a start"));
    m_start->setMinimumContentsLength(36);
    m_start->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_firstScope->addItem(tr("on this chair"));
    m_firstScope->addItem(tr("on any chair"));
    m_firstScope->addItem(tr("in any store"));
    m_firstAvailable->setAutoDefault(false);
    m_firstAvailable->setToolTip(tr("Choose the earliest open start from the day shown on"));
    m_elsewhere->setObjectName(QStringLiteral("bookElsewhereButton"));
    m_elsewhere->setAutoDefault(false);
    m_elsewhere->hide();
    m_reason->setPlaceholderText(tr("Why this locked slot is booked"));
    m_reasonLabel->setBuddy(m_reason);
    m_override->setVisible(m_rights.overrideLocks);
    m_reasonLabel->setVisible(false);
    m_reason->setVisible(false);
    for (QLabel *label : {m_notice, m_problem})
        label->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Book"));
    // Enter in any field books (QDialog would otherwise pick the first button in
    // the platform's order, Cancel on some desktops).
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);

    auto *customer = new QGroupBox(tr("Customer"));
    auto *customerForm = new QFormLayout(customer);
    customerForm->addRow(tr("&Name:"), m_name);
    customerForm->addRow(tr("&Phone:"), m_phone);
    customerForm->addRow(tr("&E-mail:"), m_email);
    customerForm->addRow(tr("&Zip code:"), m_zip);

    auto *appointment = new QGroupBox(tr("Appointment"));
    auto *appointmentForm = new QFormLayout(appointment);
    appointmentForm->addRow(tr("Ser&vice:"), m_service);
    appointmentForm->addRow(tr("C&hannel:"), m_channel);
    appointmentForm->addRow(tr("N&otes:"), m_notes);

    auto *when = new QGroupBox(tr("When"));
    auto *whenForm = new QFormLayout(when);
    whenForm->addRow(tr("&Day:"), m_date);
    whenForm->addRow(tr("&Chair:"), m_chair);
    whenForm->addRow(tr("Len&gth:"), m_length);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_start, 1);
    startRow->addWidget(m_zone);
    auto *startLabel = new QLabel(tr("&Start:"));
    startLabel->setBuddy(m_start);
    whenForm->addRow(startLabel, startRow);
    auto *firstRow = new QHBoxLayout;
    firstRow->addWidget(m_firstAvailable);
    firstRow->addWidget(m_firstScope, 1);
    whenForm->addRow(QString(), firstRow);
    whenForm->addRow(QString(), m_override);
    whenForm->addRow(m_reasonLabel, m_reason);

    auto *grid = new QGridLayout(this);
    grid->addWidget(customer, 0, 0);
    grid->addWidget(appointment, 1, 0);
    grid->addWidget(when, 0, 1, 2, 1);
    auto *noticeRow = new QHBoxLayout;
    noticeRow->addWidget(m_notice, 1);
    noticeRow->addWidget(m_elsewhere);
    grid->addLayout(noticeRow, 2, 0, 1, 2);
    grid->addWidget(m_problem, 3, 0, 1, 2);
    grid->addWidget(m_buttons, 4, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setSizeConstraint(QLayout::SetMinimumSize);

    // Who first, then what, then when: the order of a phone call.
    const QList<QWidget *> order{m_name,    m_phone,          m_email,      m_zip,      m_service,
                                 m_channel, m_notes,          m_date,       m_chair,    m_length,
                                 m_start,   m_firstAvailable, m_firstScope, m_override, m_reason};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    setTabOrder(m_reason, m_buttons);

    fillLengths();
    fillChairs();
    fillStarts();
    const QTimeZone zone = m_schedule->zone();
    m_zone->setText(QString::fromUtf8(zone.id()));
    m_zone->setVisible(zone.id() != QTimeZone::systemTimeZoneId());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &BookingDialog::book);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_phone, m_email, m_service, m_notes})
        connect(edit, &QLineEdit::textChanged, this, &BookingDialog::validate);
    connect(m_reason, &QLineEdit::textChanged, this, &BookingDialog::validate);
    connect(m_zip, &QLineEdit::textChanged, this, [this] {
        // The zip code decides which starts a web customer may have.
        if (channel() == BookingChannel::Web)
            placeChanged();
        else
            validate();
    });
    connect(m_channel, &QComboBox::currentIndexChanged, this, &BookingDialog::placeChanged);
    connect(m_length, &QComboBox::currentIndexChanged, this, &BookingDialog::placeChanged);
    connect(m_override, &QCheckBox::toggled, this, [this](bool on) {
        m_reasonLabel->setVisible(on);
        m_reason->setVisible(on);
        placeChanged();
    });
    connect(m_chair, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_wantedChair = chosenChair();
        placeChanged();
    });
    connect(m_start, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_wantedStart = chosenStart();
        showNotice(QString(), false);
        validate();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &BookingDialog::dateChanged);
    connect(m_firstAvailable, &QPushButton::clicked, this, &BookingDialog::findFirstAvailable);
    connect(m_elsewhere, &QPushButton::clicked, this, [this] {
        if (m_elsewhereAnswer)
            Q_EMIT bookElsewhere(m_elsewhereAnswer->store, m_elsewhereAnswer->offer);
    });

    m_name->setFocus();
    validate();
}

QDate BookingDialog::day() const
{
    return m_date->date();
}

void BookingDialog::setSchedule(const StoreSchedule &schedule)
{
    const bool newGrid = schedule.store().slotMinutes != m_schedule->store().slotMinutes;
    m_schedule = schedule;
    m_scheduleDay = m_date->date();
    if (newGrid)
        fillLengths();
    fillChairs();
    fillStarts();
    validate();
}

void BookingDialog::setRefusal(const QString &message)
{
    m_booking = false;
    showNotice(message, true);
    validate();
}

BookingRequest BookingDialog::request() const
{
    BookingRequest request;
    request.chairId = chosenChair().value_or(0);
    request.start = chosenStart().value_or(0);
    request.slotCount = slotCount();
    request.channel = channel();
    request.customerZip = m_zip->text().trimmed();
    request.mayOverrideLocks = m_rights.overrideLocks;
    if (chosenStartLocked()) {
        request.overrideLock = true;
        request.overrideReason = m_reason->text().trimmed();
    }
    return request;
}

Appointment BookingDialog::details() const
{
    const BookingRequest place = request();
    Appointment a;
    a.chairId = place.chairId;
    a.slotCount = place.slotCount;
    a.startsAt = QDateTime::fromSecsSinceEpoch(place.start, Qt::UTC);
    a.endsAt = a.startsAt.addSecs(qint64(place.slotCount) * m_schedule->store().slotMinutes * 60);
    if (const std::optional<qint64> start = chosenStart()) {
        // The end instant of the run as the combo offered it (a DST day is not 24 hours).
        const Chair *chair = m_schedule->chair(place.chairId);
        const QList<SlotSpan> spans = chair ? m_schedule->slotSpans(*chair, m_date->date()) : QList<SlotSpan>();
        const auto first
            = std::find_if(spans.cbegin(), spans.cend(), [&](const SlotSpan &s) { return s.start == *start; });
        if (first != spans.cend() && spans.cend() - first >= place.slotCount)
            a.endsAt = (first + place.slotCount - 1)->endUtc();
    }
    a.customerName = m_name->text().trimmed();
    a.customerPhone = m_phone->text().trimmed();
    a.customerEmail = m_email->text().trimmed();
    a.customerZip = place.customerZip;
    a.service = m_service->text().trimmed();
    a.notes = m_notes->text().trimmed();
    a.status = AppointmentStatus::Confirmed;
    a.channel = place.channel;
    a.overrideReason = place.overrideReason;
    return a;
}

void BookingDialog::fillLengths()
{
    const int current = m_length->count() > 0 ? slotCount() : 1;
    const int slotSeconds = std::max(1, m_schedule->store().slotMinutes) * 60;
    // An appointment lies within one day (core/InputLimits.h).
    const int longest = int(std::max<qint64>(1, limits::longestAppointmentSeconds / slotSeconds));
    const QSignalBlocker blocker(m_length);
    m_length->clear();
    for (int n = 1; n <= longest; ++n)
        m_length->addItem(lengthText(n), n);
    m_length->setCurrentIndex(std::clamp(current, 1, longest) - 1);
}

void BookingDialog::fillChairs()
{
    m_filling = true;
    m_chair->clear();
    const QDate date = m_date->date();
    if (m_schedule->store().isOpenOn(date)) {
        for (const Chair &chair : m_schedule->rules().chairs) {
            if (chair.isActiveOn(date))
                m_chair->addItem(chair.name, chair.id);
        }
    }
    const int wanted = m_wantedChair ? m_chair->findData(*m_wantedChair) : -1;
    m_chair->setCurrentIndex(wanted >= 0 ? wanted : (m_chair->count() > 0 ? 0 : -1));
    m_chair->setEnabled(m_chair->count() > 0);
    m_filling = false;
}

void BookingDialog::fillStarts()
{
    m_filling = true;
    m_start->clear();
    m_noStartReason.clear();
    const std::optional<ChairId> chairId = chosenChair();
    const Chair *chair = chairId ? m_schedule->chair(*chairId) : nullptr;
    if (scheduleReady() && chair) {
        const QDate date = m_date->date();
        const int count = slotCount();
        const qint64 now = Clock::nowUtc().toSecsSinceEpoch();
        QList<std::pair<qint64, bool>> candidates; // start, locked
        for (const SlotOffer &offer : openRuns(*m_schedule, *chair, date, count, now))
            candidates.append({offer.span.start, false});
        if (m_override->isChecked() && m_rights.overrideLocks) {
            for (qint64 start : lockedStarts(*m_schedule, *chair, date, count, now))
                candidates.append({start, true});
            std::sort(candidates.begin(), candidates.end());
        }
        struct Offer {
            SlotSpan span;
            const Lock *lock;
            QString text;
        };
        QList<Offer> offers;
        QHash<QString, int> sameWallTime;
        for (const auto &[start, locked] : candidates) {
            // The one booking rule decides (the channel's horizon, notice and zip code
            // too), so that Book is never refused for what the dialog offered. The
            // override reason is asked for separately, once such a start is chosen.
            BookingRequest probe = request();
            probe.start = start;
            probe.overrideLock = locked;
            probe.overrideReason = locked ? QStringLiteral("?") : QString();
            const Result<SlotSpan> span = checkBooking(*m_schedule, probe, now);
            if (!span) {
                if (m_noStartReason.isEmpty())
                    m_noStartReason = span.error().message;
                continue;
            }
            const QString text = timeText(start);
            ++sameWallTime[text];
            offers.append({*span, locked ? m_schedule->lockAt(chair->id, span->start, span->end) : nullptr, text});
        }
        // A fall-back night repeats an hour: its starts say which side they are on.
        const bool repeats = std::any_of(sameWallTime.cbegin(), sameWallTime.cend(), [](int n) { return n > 1; });
        for (const Offer &offer : offers) {
            QString from = offer.text;
            QString to = timeText(offer.span.end);
            if (repeats) {
                from += QLatin1Char(' ') + m_schedule->zone().abbreviation(offer.span.startUtc());
                to += QLatin1Char(' ') + m_schedule->zone().abbreviation(offer.span.endUtc());
            }
            QString text = QStringLiteral("%1 – %2").arg(from, to);
            if (offer.lock)
                text = tr("%1 (locked: %2)").arg(text, safeText(offer.lock->reason, 40));
            m_start->addItem(text, offer.span.start);
            m_start->setItemData(m_start->count() - 1, offer.lock != nullptr, LockedRole);
        }
        if (!offers.isEmpty())
            m_noStartReason.clear();
    }
    m_start->setCurrentIndex(m_wantedStart ? m_start->findData(*m_wantedStart, StartRole) : -1);
    m_start->setEnabled(m_start->count() > 0);
    m_filling = false;
}

void BookingDialog::placeChanged()
{
    if (m_filling)
        return;
    showNotice(QString(), false);
    fillStarts();
    validate();
}

void BookingDialog::dateChanged(QDate date)
{
    // The same wall time on the new day, if the user had chosen one.
    if (m_wantedStart) {
        const QTime wall = QDateTime::fromSecsSinceEpoch(*m_wantedStart, Qt::UTC).toTimeZone(m_schedule->zone()).time();
        m_wantedStart = SlotCalculator::instantSecs(date, wall.hour() * 60 + wall.minute(), m_schedule->zone());
    }
    // Until setSchedule() answers, the day has no starts (the schedule in hand may
    // hold another day's bookings only).
    m_scheduleDay = QDate();
    showNotice(QString(), false);
    fillChairs();
    fillStarts();
    validate();
    Q_EMIT dayWanted(date);
}

void BookingDialog::findFirstAvailable()
{
    if (!scheduleReady() || m_chair->count() == 0)
        return;
    const QDate date = m_date->date();
    const int count = slotCount();
    m_elsewhere->hide();
    m_elsewhereAnswer.reset();
    if (isSignalConnected(QMetaMethod::fromSignal(&BookingDialog::firstAvailableWanted))) {
        // Beyond this day, or in other stores: the window searches on its database thread.
        FirstAvailableQuery query;
        query.scope = static_cast<FirstAvailableQuery::Scope>(m_firstScope->currentIndex());
        query.chairId = chosenChair().value_or(0);
        query.slotCount = count;
        query.from = date;
        query.channel = channel();
        query.customerZip = m_zip->text().trimmed();
        m_firstAvailable->setEnabled(false);
        showNotice(tr("Searching…"), false);
        Q_EMIT firstAvailableWanted(query);
        return;
    }
    const bool anyChair = m_firstScope->currentIndex() != 0;
    const qint64 now = Clock::nowUtc().toSecsSinceEpoch();
    const qint64 notBefore = std::max(now, SlotCalculator::instantSecs(date, 0, m_schedule->zone()));
    std::optional<SlotOffer> found;
    // firstAvailable() searches from the day of `notBefore`: a past day has none.
    if (m_schedule->localDate(notBefore) == date) {
        const QString zip = m_zip->text().trimmed();
        if (anyChair) {
            found = firstAvailable({&*m_schedule}, count, notBefore, 1, channel(), zip);
        } else if (const Chair *chair = m_schedule->chair(chosenChair().value_or(0))) {
            // The same search over a store of this one chair.
            StoreRules rules = m_schedule->rules();
            rules.chairs = {*chair};
            const StoreSchedule one(rules, m_schedule->booked(chair->id));
            found = firstAvailable({&one}, count, notBefore, 1, channel(), zip);
        }
    }
    if (!found) {
        showNotice(anyChair ? tr("No open start for %1 on any chair that day").arg(slotsText(count))
                            : tr("No open start for %1 on %2 that day").arg(slotsText(count), m_chair->currentText()),
                   false);
        return;
    }
    m_wantedChair = found->chairId;
    m_wantedStart = found->span.start;
    fillChairs();
    fillStarts();
    showNotice(QString(), false);
    validate();
    m_start->setFocus();
}

void BookingDialog::showFirstAvailable(const std::optional<FirstAvailableAnswer> &answer, int daysSearched)
{
    m_firstAvailable->setEnabled(true);
    m_elsewhere->hide();
    m_elsewhereAnswer.reset();
    if (!answer) {
        showNotice(tr("No open start for %1 within %n day(s) from %2.", nullptr, daysSearched)
                       .arg(slotsText(slotCount()), QLocale().toString(m_date->date(), QLocale::ShortFormat)),
                   false);
        validate();
        return;
    }
    const QTimeZone zone = answer->store.timeZone();
    const QDateTime start = QDateTime::fromSecsSinceEpoch(answer->offer.span.start, Qt::UTC).toTimeZone(zone);
    if (answer->store.id != m_schedule->store().id || !answer->schedule) {
        // Another store: name the place; booking there is the scheduler's choice.
        m_elsewhereAnswer = answer;
        showNotice(tr("First available in %1: %2, %3 (%4), %5")
                       .arg(answer->store.name, QLocale().toString(start.date(), QLocale::ShortFormat),
                            shortTime(QLocale(), start.time()), QString::fromUtf8(answer->store.timeZoneId),
                            answer->chairName),
                   false);
        m_elsewhere->setText(tr("Book at %1…").arg(answer->store.name));
        m_elsewhere->show();
        validate();
        return;
    }
    // This store: the day, chair and start are chosen, the day's schedule in hand.
    m_schedule = *answer->schedule;
    {
        const QSignalBlocker quiet(m_date);
        m_date->setDate(start.date());
    }
    m_scheduleDay = start.date();
    m_wantedChair = answer->offer.chairId;
    m_wantedStart = answer->offer.span.start;
    fillChairs();
    fillStarts();
    showNotice(tr("First available: %1, %2")
                   .arg(QLocale().toString(start.date(), QLocale::ShortFormat), shortTime(QLocale(), start.time())),
               false);
    validate();
    m_start->setFocus();
}

void BookingDialog::showReadProblem(const QString &message)
{
    m_firstAvailable->setEnabled(true);
    showNotice(message, true);
    validate();
}

void BookingDialog::setDetails(const Appointment &details)
{
    m_name->setText(details.customerName);
    m_phone->setText(details.customerPhone);
    m_email->setText(details.customerEmail);
    m_zip->setText(details.customerZip);
    m_service->setText(details.service);
    m_notes->setText(details.notes);
    const int channelRow = m_channel->findData(QVariant::fromValue(int(details.channel)));
    if (channelRow >= 0)
        m_channel->setCurrentIndex(channelRow);
    validate();
}

void BookingDialog::book()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (!isSignalConnected(QMetaMethod::fromSignal(&BookingDialog::bookRequested))) {
        accept();
        return;
    }
    m_booking = true;
    showNotice(QString(), false);
    validate();
    Q_EMIT bookRequested();
}

void BookingDialog::showNotice(const QString &text, bool refusal)
{
    // A refusal reads like one; a search result like a remark.
    QPalette palette = this->palette();
    if (refusal)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_notice->setPalette(palette);
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void BookingDialog::validate()
{
    const QDate date = m_date->date();
    const std::optional<qint64> start = chosenStart();
    auto textProblem = [](const QLineEdit *edit, const QString &what) -> QString {
        if (const std::optional<QString> control = controlCharacterProblem(edit->text(), TextKind::FreeText))
            return tr("%1 %2").arg(what, *control);
        return {};
    };
    // Pasted text may carry control characters the writers refuse (docs/input.md).
    QString typing;
    for (const auto &[edit, what] : {std::pair{m_name, tr("The name")}, std::pair{m_phone, tr("The phone")},
                                     std::pair{m_email, tr("The e-mail address")}, std::pair{m_zip, tr("The zip code")},
                                     std::pair{m_service, tr("The service")}, std::pair{m_notes, tr("The notes")}}) {
        typing = textProblem(edit, what);
        if (!typing.isEmpty())
            break;
    }
    QString problem;
    if (!m_rights.book) {
        problem = tr("You may not book appointments");
    } else if (m_booking) {
        problem = tr("Booking…");
    } else if (!scheduleReady()) {
        problem = tr("Reading the schedule of %1…").arg(date.toString(Qt::ISODate));
    } else if (m_chair->count() == 0) {
        problem = tr("No chair of %1 is in service on %2").arg(m_schedule->store().name, date.toString(Qt::ISODate));
    } else if (m_start->count() == 0) {
        if (date < m_schedule->localDate(Clock::nowUtc().toSecsSinceEpoch()))
            problem = tr("%1 is in the past: choose another day").arg(date.toString(Qt::ISODate));
        else if (!m_noStartReason.isEmpty())
            problem = m_noStartReason;
        else
            problem = tr("No open start for %1 on %2 that day").arg(slotsText(slotCount()), m_chair->currentText());
    } else if (!hasVisibleCharacter(m_name->text())) {
        problem = tr("Enter the customer's name");
    } else if (!typing.isEmpty()) {
        problem = typing;
    } else if (!m_email->text().trimmed().isEmpty() && !m_email->text().contains(QLatin1Char('@'))) {
        problem = tr("Check the e-mail address: it has no @");
    } else if (!start) {
        problem = m_wantedStart ? tr("%1 is not free for %2 on %3: choose another start")
                                      .arg(timeText(*m_wantedStart), slotsText(slotCount()), m_chair->currentText())
                                : tr("Choose a start time");
    } else if (chosenStartLocked()) {
        problem = hasVisibleCharacter(m_reason->text()) ? textProblem(m_reason, tr("The reason"))
                                                        : tr("Enter the reason for booking into the locked slot");
    }
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_firstAvailable->setEnabled(scheduleReady() && m_chair->count() > 0);
}

bool BookingDialog::scheduleReady() const
{
    return m_scheduleDay == m_date->date();
}

std::optional<ChairId> BookingDialog::chosenChair() const
{
    if (m_chair->currentIndex() < 0)
        return std::nullopt;
    return m_chair->currentData().toLongLong();
}

std::optional<qint64> BookingDialog::chosenStart() const
{
    if (m_start->currentIndex() < 0)
        return std::nullopt;
    return m_start->currentData(StartRole).toLongLong();
}

bool BookingDialog::chosenStartLocked() const
{
    return m_start->currentIndex() >= 0 && m_start->currentData(LockedRole).toBool();
}

int BookingDialog::slotCount() const
{
    return std::max(1, m_length->currentData().toInt());
}

BookingChannel BookingDialog::channel() const
{
    return BookingChannel(m_channel->currentData().toInt());
}

QString BookingDialog::slotsText(int slots) const
{
    return slots == 1 ? tr("1 slot") : tr("%1 slots").arg(slots);
}

QString BookingDialog::lengthText(int slots) const
{
    const int minutes = slots * m_schedule->store().slotMinutes;
    return slots == 1 ? tr("1 slot (%1 min)").arg(minutes) : tr("%1 slots (%2 min)").arg(slots).arg(minutes);
}

QString BookingDialog::timeText(qint64 instant) const
{
    return shortTime(QLocale(), QDateTime::fromSecsSinceEpoch(instant, Qt::UTC).toTimeZone(m_schedule->zone()).time());
}

} // namespace sams
