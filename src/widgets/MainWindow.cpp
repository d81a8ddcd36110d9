#include "widgets/MainWindow.h"

#include "ui_MainWindow.h"

#include "core/AppointmentSearch.h"
#include "core/ChangeFeed.h"
#include "core/Clock.h"
#include "core/MonthSummary.h"
#include "core/ScheduleRepository.h"
#include "core/ScheduleSession.h"
#include "core/SlotCalculator.h"
#include "core/StoreScheduleLoader.h"
#include "editing/ScheduleEditor.h"
#include "editing/ScheduleWorker.h"
#include "models/MonthScheduleModel.h"
#include "models/StoreTreeModel.h"
#include "models/WeekScheduleModel.h"
#include "widgets/AppointmentDialog.h"
#include "widgets/CustomerSearchBox.h"
#include "widgets/EnvironmentBadge.h"
#include "widgets/MonthView.h"
#include "widgets/ScheduleLegend.h"
#include "widgets/WeekGridView.h"
#include "widgets/WorklistDock.h"

#include <QActionGroup>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>

#include <utility>

namespace sams {

namespace {
// The days a view shows around `day`: the week, the day, or the month's six weeks.
std::pair<QDate, int> shownRange(ScheduleView view, QDate day)
{
    switch (view) {
    case ScheduleView::Day:
        return {day, 1};
    case ScheduleView::Month: {
        const QDate first(day.year(), day.month(), 1);
        return {WeekSchedule::mondayOf(first), 42};
    }
    case ScheduleView::Week:
        break;
    }
    return {WeekSchedule::mondayOf(day), WeekSchedule::dayCount};
}

// What a view's load hands back: the grid's days, or the month's counts.
struct Loaded {
    WeekSchedule week;
    QList<DayCounts> month;
};

Result<Loaded> loadRange(ScheduleRepository &repository, const Store &store, ScheduleView view, QDate day)
{
    const auto [first, days] = shownRange(view, day);
    Loaded loaded;
    if (view != ScheduleView::Month) {
        Result<WeekSchedule> week = WeekSchedule::load(repository, store, first, days);
        if (!week)
            return std::unexpected(week.error());
        loaded.week = std::move(*week);
        return loaded;
    }
    // Counts only: the engine's detail is enough (one read, docs/performance.md).
    Result<StoreSnapshot> snapshot
        = repository.snapshot(store, first, first.addDays(days - 1), AppointmentDetail::Engine);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    const StoreSchedule schedule(std::move(snapshot->rules), activeSpans(snapshot->appointments));
    loaded.month = summariseDays(schedule, first, first.addDays(days - 1));
    loaded.week.store = store;
    loaded.week.firstDay = first;
    loaded.week.days = days;
    return loaded;
}
} // namespace

MainWindow::MainWindow(ScheduleRepository &repository, const QString &databaseName, Environment environment,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_repository(repository)
    , m_storeModel(new StoreTreeModel(this))
    , m_weekModel(new WeekScheduleModel(this))
    , m_weekView(new WeekGridView)
    , m_monthModel(new MonthScheduleModel(this))
    , m_monthView(new MonthView)
    , m_stack(new QStackedWidget)
    , m_searchBox(new CustomerSearchBox)
    , m_environmentBadge(new EnvironmentBadge)
    , m_busyLabel(new QLabel)
    , m_busyBar(new QProgressBar)
    , m_refresh(new QTimer(this))
{
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(20); // a burst of notices (an import) is one reload; one edit shows at once
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (std::exchange(m_reloadStores, false)) {
            if (auto ok = reload(); !ok)
                showError(ok.error());
        }
        loadShown();
    });
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->zoneLabel->setForegroundRole(QPalette::PlaceholderText);

    m_weekView->setModel(m_weekModel);
    m_ui->weekScrollArea->setWidget(m_weekView);
    m_monthView->setModel(m_monthModel);
    // The grids and the month share the centre; the legend explains the colours.
    m_ui->centralLayout->removeWidget(m_ui->weekScrollArea);
    m_stack->addWidget(m_ui->weekScrollArea);
    m_stack->addWidget(m_monthView);
    m_ui->centralLayout->addWidget(m_stack, 1);
    m_ui->centralLayout->addWidget(new ScheduleLegend);
    m_ui->navigationLayout->insertWidget(4, m_searchBox, 1);

    m_ui->storeTree->setModel(m_storeModel);
    m_ui->storeTree->setSelectionMode(QAbstractItemView::SingleSelection);

    connect(m_ui->storeTree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::storeSelectionChanged);
    connect(m_ui->previousWeekButton, &QAbstractButton::clicked, this, [this] { step(-1); });
    connect(m_ui->nextWeekButton, &QAbstractButton::clicked, this, [this] { step(1); });
    connect(m_ui->todayButton, &QAbstractButton::clicked, this, [this] { showWeekOf({}); });
    connect(m_ui->previousWeekAction, &QAction::triggered, this, [this] { step(-1); });
    connect(m_ui->nextWeekAction, &QAction::triggered, this, [this] { step(1); });
    connect(m_ui->todayAction, &QAction::triggered, this, [this] { showWeekOf({}); });
    connect(m_ui->reloadAction, &QAction::triggered, this, [this] {
        if (auto ok = reload(); !ok)
            showError(ok.error());
    });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_monthView, &MonthView::dayActivated, this, [this](QDate date) {
        m_day = date;
        setView(ScheduleView::Day);
    });
    connect(m_monthView, &MonthView::currentDateChanged, this, [this](QDate date) {
        if (m_view == ScheduleView::Month && date.isValid())
            m_day = date; // Ctrl+1 then opens the day the keyboard is on
    });
    connect(m_weekView, &WeekGridView::dayActivated, this, [this](QDate date) {
        m_day = date;
        setView(ScheduleView::Day);
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_searchBox, [this] {
        m_searchBox->setFocus(Qt::ShortcutFocusReason);
        m_searchBox->selectAll();
    });

    setUpViewSwitch();
    setUpEditActions();
    m_environment = environment;
    setUpStatusBar(databaseName, environment);
    resizeDocks({m_ui->storeDock}, {220}, Qt::Horizontal);
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpViewSwitch()
{
    auto *group = new QActionGroup(this);
    const std::pair<ScheduleView, QString> views[]
        = {{ScheduleView::Day, tr("&Day")}, {ScheduleView::Week, tr("&Week")}, {ScheduleView::Month, tr("&Month")}};
    const char *keys[] = {"Ctrl+1", "Ctrl+2", "Ctrl+3"};
    int i = 0;
    m_ui->viewMenu->insertSeparator(m_ui->reloadAction);
    for (const auto &[view, text] : views) {
        auto *action = new QAction(text, group);
        action->setCheckable(true);
        action->setChecked(view == m_view);
        action->setShortcut(QKeySequence(QString::fromLatin1(keys[i++])));
        action->setData(int(view));
        connect(action, &QAction::triggered, this, [this, view] { setView(view); });
        m_ui->viewMenu->insertAction(m_ui->reloadAction, action);
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_ui->navigationLayout->insertWidget(m_ui->navigationLayout->count() - 2, button);
        m_viewActions.append(action);
    }
    m_ui->viewMenu->insertSeparator(m_ui->reloadAction);
}

void MainWindow::setUpStatusBar(const QString &databaseName, Environment environment)
{
    // Work on the database thread shows here; the window itself never waits.
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(90);
    m_busyBar->setMaximumHeight(12);
    m_busyBar->hide();
    m_busyLabel->hide();
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_busyBar);
    auto *databaseLabel = new QLabel(tr("Database: %1").arg(databaseName));
    databaseLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(databaseLabel);
    m_environmentBadge->setEnvironment(environment);
    statusBar()->addPermanentWidget(m_environmentBadge);
    if (environment == Environment::Production) {
        // Unmistakable: a red banner above the schedule as well as the badge.
        auto *banner = new QLabel(tr("PRODUCTION DATABASE: every change here reaches the stores and their customers."));
        banner->setObjectName(QStringLiteral("productionBanner"));
        banner->setAlignment(Qt::AlignCenter);
        banner->setStyleSheet(QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; "
                                             "padding: 4px; }"));
        m_ui->centralLayout->insertWidget(0, banner);
        setWindowTitle(tr("SAMS [PRODUCTION]"));
    }
}

void MainWindow::setEditing(ScheduleWorker *worker, ScheduleEditor *editor, const Rights &rights)
{
    m_worker = worker;
    m_editor = editor;
    m_rights = rights;
    m_weekView->setEditable(rights.book);
    connect(worker, &ScheduleWorker::busyChanged, this, [this](bool busy) {
        m_busyBar->setVisible(busy);
        m_busyLabel->setVisible(busy);
        m_busyLabel->setText(m_editor && !m_editor->canEdit() ? tr("Saving…") : tr("Loading…"));
    });
    connect(editor, &ScheduleEditor::applied, this, &MainWindow::editApplied);
    connect(editor, &ScheduleEditor::refused, this, &MainWindow::editRefused);
    connect(editor, &ScheduleEditor::stackChanged, this, &MainWindow::updateEditActions);
    connect(m_searchBox, &CustomerSearchBox::searchRequested, this, [this](const QString &text) {
        m_worker->run(
            this, [text](ScheduleSession &session) { return session.repository().searchAppointments(text, 50); },
            [this, text](const Result<QList<AppointmentMatch>> &found) {
                if (found)
                    m_searchBox->showResults(text, *found);
                else
                    showError(found.error());
            });
    });
    connect(m_searchBox, &CustomerSearchBox::appointmentChosen, this, &MainWindow::openAppointment);
    updateEditActions();
    setUpManagerTools();
    setUpTechnicianTools();
    setUpMessages();
    setUpCalendars();
}

QTreeView *MainWindow::storeTree() const
{
    return m_ui->storeTree;
}

const Store *MainWindow::currentStore() const
{
    return m_storeModel->storeAt(m_ui->storeTree->currentIndex());
}

Status MainWindow::reload()
{
    const Result<QList<Store>> stores = m_repository.stores();
    if (!stores)
        return std::unexpected(stores.error());
    const Result<QList<Chair>> chairs = m_repository.chairs();
    if (!chairs)
        return std::unexpected(chairs.error());
    const QString previous = currentStore() ? currentStore()->code : QString();
    m_storeModel->setChain(*stores, *chairs, Clock::nowUtc());
    const bool newStores = std::ranges::equal(m_stores, *stores, {}, &Store::id, &Store::id) == false;
    m_stores = *stores;
    if (m_worklistDock) {
        m_worklistDock->setStores(m_stores);
        if (newStores)
            reloadWorklist();
    }
    m_ui->storeTree->expandAll();
    if (!selectStore(previous) && !stores->isEmpty()) {
        // Start on a store that is open today rather than one still being set up.
        const auto open = std::find_if(stores->cbegin(), stores->cend(),
                                       [](const Store &s) { return s.isOpenOn(Clock::todayIn(s.timeZone())); });
        selectStore(open != stores->cend() ? open->code : stores->first().code);
    }
    return {};
}

bool MainWindow::selectStore(const QString &code)
{
    const QModelIndex index = m_storeModel->indexOfStore(code);
    if (!index.isValid())
        return false;
    m_ui->storeTree->setCurrentIndex(index);
    return true;
}

void MainWindow::showWeekOf(QDate day)
{
    m_day = day;
    loadShown();
}

void MainWindow::setView(ScheduleView view)
{
    m_view = view;
    for (QAction *action : std::as_const(m_viewActions))
        action->setChecked(action->data().toInt() == int(view));
    m_stack->setCurrentIndex(view == ScheduleView::Month ? 1 : 0);
    loadShown();
}

QDate MainWindow::dayShown() const
{
    const Store *store = currentStore();
    return m_day.isValid() ? m_day : (store ? Clock::todayIn(store->timeZone()) : QDate());
}

void MainWindow::step(int direction)
{
    const QDate shown = dayShown();
    if (!shown.isValid())
        return;
    switch (m_view) {
    case ScheduleView::Day:
        showWeekOf(shown.addDays(direction));
        break;
    case ScheduleView::Week:
        showWeekOf(shown.addDays(qint64(7) * direction));
        break;
    case ScheduleView::Month:
        showWeekOf(shown.addMonths(direction));
        break;
    }
}

void MainWindow::storeSelectionChanged(const QItemSelection &)
{
    loadShown();
}

void MainWindow::loadShown()
{
    const Store *store = currentStore();
    if (!store) {
        m_ui->titleLabel->setText(tr("No store selected"));
        m_weekModel->setWeek({});
        return;
    }
    const QDate day = dayShown();
    const ScheduleView view = m_view;
    const quint64 generation = ++m_generation;
    m_latestLoad->store(generation);
    const auto show = [this, generation, view, day](const Result<Loaded> &loaded) {
        --m_loading;
        if (generation != m_generation)
            return; // the user has moved on; a newer answer is coming
        if (!loaded) {
            showError(loaded.error());
            return;
        }
        if (view == ScheduleView::Month) {
            // "Today" is the store's, which may differ from the computer's.
            m_monthModel->setToday(Clock::todayIn(loaded->week.store.timeZone()));
            m_monthModel->setMonth(day, loaded->month);
            m_monthView->setCurrentDate(day);
            loadMonthOrders(loaded->week.store);
        } else
            showLoaded(loaded->week);
        updateTitle();
        Q_EMIT this->loaded();
    };
    ++m_loading;
    if (!m_worker) {
        show(loadRange(m_repository, *store, view, day));
        return;
    }
    m_worker->run(
        this,
        [store = *store, view, day, generation, latest = m_latestLoad](ScheduleSession &session) {
            // A newer request queued behind this one (a store click, then a date):
            // its answer would be dropped, so it is not read at all.
            if (latest->load() != generation)
                return Result<Loaded>(Loaded{});
            return loadRange(session.repository(), store, view, day);
        },
        show);
}

void MainWindow::showLoaded(const WeekSchedule &week)
{
    m_weekModel->setWeek(week);
    if (const AppointmentId id = std::exchange(m_selectAfterLoad, 0))
        m_weekView->selectAppointment(id);
    if (m_pendingBooking && m_pendingBooking->store == week.store.id) {
        const PendingBooking pending = *std::exchange(m_pendingBooking, std::nullopt);
        // After this answer is handled: the dialog runs its own event loop.
        QTimer::singleShot(0, this, [this, pending] { requestBooking(pending.chair, pending.start, pending.details); });
    }
    // A details dialog follows its appointment as the database has it now.
    if (m_detailsDialog && currentStore() && week.store.id == currentStore()->id) {
        if (const AppointmentBlock *block = week.block(m_detailsDialog->shown().id))
            m_detailsDialog->setCurrent(block->appointment);
        else
            m_detailsDialog->setGone();
    }
}

void MainWindow::updateTitle()
{
    const Store *store = currentStore();
    if (!store)
        return;
    const QLocale locale;
    const QDate day = dayShown();
    QString range;
    switch (m_view) {
    case ScheduleView::Day:
        range = locale.toString(day, tr("dddd, MMM d, yyyy"));
        break;
    case ScheduleView::Week: {
        const QDate monday = WeekSchedule::mondayOf(day);
        range = tr("%1 – %2").arg(locale.toString(monday, tr("MMM d")),
                                  locale.toString(monday.addDays(6), tr("MMM d, yyyy")));
        break;
    }
    case ScheduleView::Month:
        range = locale.toString(day, tr("MMMM yyyy"));
        break;
    }
    m_ui->titleLabel->setText(tr("%1 · %2").arg(store->name, range));
    const bool otherZone = QTimeZone::systemTimeZoneId() != store->timeZoneId;
    // Short, so that the bar fits 1366 pixels; the tooltip says it in full.
    m_ui->zoneLabel->setText(otherZone ? tr("Store time: %1").arg(QString::fromUtf8(store->timeZoneId))
                                       : QString::fromUtf8(store->timeZoneId));
    m_ui->zoneLabel->setToolTip(
        otherZone ? tr("Times are the store's (%1), not this computer's (%2).")
                        .arg(QString::fromUtf8(store->timeZoneId), QString::fromUtf8(QTimeZone::systemTimeZoneId()))
                  : tr("Times are the store's (%1).").arg(QString::fromUtf8(store->timeZoneId)));
    setWindowTitle(m_environmentBadge->environment() == Environment::Production
                       ? tr("%1 — SAMS [PRODUCTION]").arg(store->name)
                       : tr("%1 — SAMS").arg(store->name));
}

void MainWindow::showDayView(QDate day)
{
    m_day = day;
    m_view = ScheduleView::Day;
    for (QAction *action : std::as_const(m_viewActions))
        action->setChecked(action->data().toInt() == int(ScheduleView::Day));
    m_stack->setCurrentIndex(0);
}

void MainWindow::openAppointment(const AppointmentMatch &match)
{
    const QModelIndex index = m_storeModel->indexOfStore(match.storeCode);
    if (!index.isValid())
        return;
    m_selectAfterLoad = match.appointment.id;
    showDayView(match.appointment.startsAt.toTimeZone(QTimeZone(match.timeZoneId)).date());
    if (m_ui->storeTree->currentIndex() != index)
        m_ui->storeTree->setCurrentIndex(index); // loads
    else
        loadShown();
    m_weekView->setFocus(Qt::OtherFocusReason);
}

void MainWindow::setChangeFeed(ChangeFeed *feed)
{
    connect(feed, &ChangeFeed::changed, this, &MainWindow::changeArrived);
}

void MainWindow::changeArrived(const ChangeNotice &notice)
{
    const Store *store = currentStore();
    if (notice.entity == QLatin1String("store") || notice.entity == QLatin1String("chair") || notice.storeId == 0)
        m_reloadStores = true;
    const auto [first, days] = shownRange(m_view, dayShown());
    const bool visible = store && first.isValid()
        && notice.touches(store->id, SlotCalculator::instantSecs(first, 0, store->timeZone()),
                          SlotCalculator::instantSecs(first.addDays(days), 0, store->timeZone()));
    if (visible || m_reloadStores)
        m_refresh->start();
    if (notice.entity == QLatin1String("work_order") || notice.storeId == 0)
        scheduleOrdersReload();
    // A change may have queued a message: send it now rather than at the next tick.
    if (m_delivery && notice.entity != QLatin1String("store"))
        QTimer::singleShot(500, this, &MainWindow::runDeliveryPass);
}

void MainWindow::showError(const Error &error)
{
    statusBar()->showMessage(error.message, 15000);
}

} // namespace sams
