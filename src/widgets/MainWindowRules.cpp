// The manager's tools of the main window (docs/manager-guide.md): the hours
// editor, holidays and exceptions, chairs, store settings, and the rescheduling
// worklist dock. Every read and write runs on the database thread; every rule
// change is previewed before it is saved (RulesEditFlow).

#include "core/Clock.h"
#include "core/InputLimits.h"
#include "core/Worklist.h"
#include "editing/AppointmentCommands.h"
#include "editing/ScheduleEditor.h"
#include "editing/ScheduleWorker.h"
#include "models/WorklistModel.h"
#include "ui_MainWindow.h"
#include "widgets/ChairsDialog.h"
#include "widgets/ExceptionDialog.h"
#include "widgets/HoursEditorDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/RulesEditFlow.h"
#include "widgets/StoreSettingsDialog.h"
#include "widgets/WorklistDock.h"

#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeView>

namespace sams {

struct MainWindow::StoreRulesRead {
    Store store;
    QDate today;
    QList<Chair> chairs;
    QList<HoursVersion> versions;
    QList<DateException> coming;
    QList<ZipCode> zips;
    // Every other store's hours in effect today, to copy a week from.
    QList<std::pair<QString, std::array<DayIntervals, 7>>> otherWeeks;
};

void MainWindow::setUpManagerTools()
{
    m_rulesFlow = new RulesEditFlow(*m_worker, this);
    connect(m_rulesFlow, &RulesEditFlow::rulesChanged, this, &MainWindow::rulesChanged);

    m_worklistDock = new WorklistDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_worklistDock);
    // Low under the grid: the grid stays the main thing.
    resizeDocks({m_worklistDock}, {fontMetrics().height() * 12}, Qt::Vertical);
    m_worklistDock->setStores(m_stores);
    connect(m_worklistDock, &WorklistDock::moveRequested, this, &MainWindow::worklistMove);
    connect(m_worklistDock, &WorklistDock::contactRequested, this, &MainWindow::worklistContact);
    connect(m_worklistDock, &WorklistDock::cancelRequested, this, &MainWindow::worklistCancel);
    connect(m_worklistDock, &WorklistDock::openRequested, this, &MainWindow::worklistOpen);
    connect(m_editor, &ScheduleEditor::applied, this, [this](StoreId store) { reloadWorklist({store}); });

    QMenu *manage = menuBar()->addMenu(tr("&Manage"));
    manage->setObjectName(QStringLiteral("manageMenu"));
    const auto add = [&](const QString &text, const QString &name, void (MainWindow::*slot)()) {
        QAction *action = manage->addAction(text, this, slot);
        action->setObjectName(name);
        action->setEnabled(m_rights.rules);
        return action;
    };
    add(tr("&Hours…"), QStringLiteral("hoursAction"), &MainWindow::openHoursEditor)
        ->setShortcut(QKeySequence(tr("Ctrl+H")));
    add(tr("Holidays and &exceptions…"), QStringLiteral("exceptionsAction"), &MainWindow::openExceptions);
    add(tr("&Chairs…"), QStringLiteral("chairsAction"), &MainWindow::openChairs);
    add(tr("&Store settings and zip codes…"), QStringLiteral("storeAction"), &MainWindow::openStoreSettings);
    add(tr("&Import the spreadsheet…"), QStringLiteral("importAction"), &MainWindow::openImport);
    manage->addSeparator();
    QAction *toggle = m_worklistDock->toggleViewAction();
    toggle->setText(tr("Rescheduling &worklist"));
    toggle->setShortcut(QKeySequence(tr("Ctrl+Shift+W")));
    manage->addAction(toggle);
    reloadWorklist();
}

void MainWindow::rulesChanged(const QList<StoreId> &stores)
{
    statusBar()->showMessage(tr("Saved. Displaced appointments are on the rescheduling worklist."), 8000);
    if (const Status ok = reload(); !ok)
        showError(ok.error());
    loadShown();
    reloadWorklist(stores);
}

void MainWindow::reloadWorklist(const QList<StoreId> &stores)
{
    if (!m_worker || !m_worklistDock)
        return;
    const QList<StoreId> wanted = [&] {
        if (!stores.isEmpty())
            return stores;
        QList<StoreId> all;
        for (const Store &store : std::as_const(m_stores))
            all.append(store.id);
        m_worklistDock->model()->keepStores(all);
        return all;
    }();
    for (StoreId id : wanted) {
        if (!m_worklistQueue.contains(id))
            m_worklistQueue.append(id);
    }
    m_worklistTotal = int(m_worklistQueue.size());
    if (!m_worklistReading)
        loadNextWorklistStore();
}

void MainWindow::loadNextWorklistStore()
{
    if (m_worklistQueue.isEmpty()) {
        m_worklistReading = false;
        m_worklistDock->setProgress({});
        return;
    }
    const StoreId id = m_worklistQueue.takeFirst();
    const auto store = std::ranges::find_if(m_stores, [id](const Store &s) { return s.id == id; });
    if (store == m_stores.cend()) {
        loadNextWorklistStore();
        return;
    }
    m_worklistReading = true;
    if (m_worklistTotal > 1)
        m_worklistDock->setProgress(tr("Reading the worklist: %1 of %2 stores…")
                                        .arg(m_worklistTotal - m_worklistQueue.size())
                                        .arg(m_worklistTotal));
    const Store s = *store;
    m_worker->run(
        this,
        [s](ScheduleSession &session) {
            return loadWorklist(session.repository(), s, Clock::nowUtc().toSecsSinceEpoch(), true);
        },
        [this, id](const Result<QList<WorklistItem>> &items) {
            if (items)
                m_worklistDock->model()->setStoreItems(id, *items);
            else
                showError(items.error());
            loadNextWorklistStore();
        });
}

void MainWindow::worklistMove(const WorklistItem &item, const SlotOffer &offer)
{
    apply(new RescheduleCommand(item.store, item.appointment,
                                Placement{offer.chairId, offer.span.start, item.appointment.slotCount},
                                item.chairNames.value(offer.chairId)));
}

void MainWindow::worklistContact(const WorklistItem &item, const QString &note)
{
    if (!m_worker || !m_rights.book) {
        showError(Error::permission(tr("Your role (%1) may not change appointments.").arg(m_rights.role)));
        return;
    }
    const AppointmentId id = item.appointment.id;
    const int version = item.appointment.version;
    const StoreId store = item.store.id;
    m_worker->run(
        this,
        [id, version, note](ScheduleSession &session) {
            return session.rulesWriter().markContacted(id, version, note);
        },
        [this, store, name = item.appointment.customerName](const Result<int> &saved) {
            if (!saved)
                showError(saved.error());
            else
                statusBar()->showMessage(tr("%1: marked contacted.").arg(name), 8000);
            reloadWorklist({store});
        });
}

void MainWindow::worklistCancel(const WorklistItem &item, const QString &reason)
{
    apply(new StatusCommand(item.store, item.appointment, AppointmentStatus::Cancelled, reason));
}

void MainWindow::worklistOpen(const WorklistItem &item)
{
    openAppointment(AppointmentMatch{item.appointment, item.store.id, item.store.code, item.store.name,
                                     item.store.timeZoneId, item.chairName});
}

void MainWindow::readStoreRules(bool otherWeeks, const std::function<void(const StoreRulesRead &)> &open)
{
    const Store *current = currentStore();
    if (!current || !m_worker)
        return;
    const Store store = *current;
    // Every other store's hours only for the hours editor's copy list.
    const QList<Store> others = otherWeeks ? m_stores : QList<Store>();
    m_worker->run(
        this,
        [store, others](ScheduleSession &session) -> Result<StoreRulesRead> {
            ScheduleRepository &repository = session.repository();
            StoreRulesRead read;
            const Result<Store> now = repository.store(store.id);
            if (!now)
                return std::unexpected(now.error());
            read.store = *now;
            read.today = Clock::todayIn(now->timeZone());
            const Result<QList<Chair>> chairs = repository.chairs(store.id);
            const Result<QList<HoursVersion>> versions = repository.hoursVersions(store.id);
            const Result<QList<DateException>> coming
                = repository.exceptions(store.id, read.today, read.today.addDays(limits::longestSlotListDays));
            const Result<QList<ZipCode>> zips = repository.zipCodes(store.id);
            for (const Error *e : {chairs ? nullptr : &chairs.error(), versions ? nullptr : &versions.error(),
                                   coming ? nullptr : &coming.error(), zips ? nullptr : &zips.error()}) {
                if (e)
                    return std::unexpected(*e);
            }
            read.chairs = *chairs;
            read.versions = *versions;
            read.coming = *coming;
            read.zips = *zips;
            for (const Store &other : others) {
                if (other.id == store.id)
                    continue;
                const Result<QList<HoursVersion>> theirs = repository.hoursVersions(other.id);
                if (!theirs)
                    continue; // a store the user may not read: nothing to copy
                const QDate today = Clock::todayIn(other.timeZone());
                const HoursVersion *inEffect = nullptr;
                for (const HoursVersion &v : *theirs) {
                    if (!v.chairId && v.effectiveFrom <= today)
                        inEffect = &v;
                }
                if (inEffect)
                    read.otherWeeks.append({tr("%1 (in effect)").arg(other.code), inEffect->week});
            }
            return read;
        },
        [this, open](const Result<StoreRulesRead> &read) {
            if (read)
                open(*read);
            else
                showError(read.error());
        });
}

void MainWindow::openHoursEditor()
{
    readStoreRules(true, [this](const StoreRulesRead &read) {
        HoursEditorDialog dialog(read.store, read.chairs, read.versions, read.today, this);
        dialog.addCopySources(read.otherWeeks);
        connect(&dialog, &HoursEditorDialog::saveRequested, this, [this, &dialog, read] {
            const HoursVersion hours = dialog.hours();
            const int version = dialog.replacing();
            const QString who = hours.chairId
                ? dialog.findChild<QComboBox *>(QStringLiteral("targetCombo"))->currentText()
                : read.store.code;
            m_rulesFlow->previewThenSave(
                tr("Hours of %1 from %2").arg(who, QLocale().toString(hours.effectiveFrom, QLocale::LongFormat)),
                {RulesEdit{read.store, hours,
                           [hours, version](RulesWriter &writer) { return writer.saveHours(hours, version); }}},
                &dialog, [&dialog] { dialog.accept(); });
        });
        connect(&dialog, &HoursEditorDialog::removeRequested, this, [this, &dialog, read](const HoursVersion &v) {
            m_rulesFlow->previewThenSave(
                tr("Remove the hours from %1").arg(QLocale().toString(v.effectiveFrom, QLocale::LongFormat)),
                {RulesEdit{read.store, HoursRemoval{v.chairId, v.effectiveFrom},
                           [v](RulesWriter &writer) { return writer.removeHours(v.id, v.version); }}},
                &dialog, [&dialog] { dialog.accept(); });
        });
        dialog.exec();
    });
}

void MainWindow::openExceptions()
{
    readStoreRules(false, [this](const StoreRulesRead &read) {
        ExceptionDialog dialog(read.store, m_stores, read.chairs, read.coming, read.today, this);
        connect(&dialog, &ExceptionDialog::saveRequested, this, [this, &dialog] {
            QList<RulesEdit> edits;
            const QList<Store> stores = dialog.chosenStores();
            const QList<DateException> exceptions = dialog.exceptions();
            for (qsizetype i = 0; i < stores.size(); ++i) {
                const DateException &e = exceptions.at(i);
                // Replaces the one of that key, if any: read at save time.
                edits.append({stores.at(i), e, [e](RulesWriter &writer) { return writer.saveException(e, -1); }});
            }
            const DateException &first = exceptions.first();
            m_rulesFlow->previewThenSave(tr("%1 on %2 (%n store(s))", nullptr, int(stores.size()))
                                             .arg(first.intervals.isEmpty() ? tr("Closed") : tr("Special hours"),
                                                  QLocale().toString(first.date, QLocale::LongFormat)),
                                         edits, &dialog, [&dialog] { dialog.accept(); });
        });
        connect(&dialog, &ExceptionDialog::removeRequested, this,
                [this, &dialog, read](const DateException &e, const QString &reason) {
                    m_rulesFlow->previewThenSave(
                        tr("Remove the exception of %1").arg(QLocale().toString(e.date, QLocale::LongFormat)),
                        {RulesEdit{read.store, ExceptionRemoval{e.chairId, e.date},
                                   [e, reason](RulesWriter &writer) {
                                       return writer.removeException(e.id, e.version, reason);
                                   }}},
                        &dialog, [&dialog] { dialog.accept(); });
                });
        dialog.exec();
    });
}

void MainWindow::openChairs()
{
    readStoreRules(false, [this](const StoreRulesRead &read) {
        ChairsDialog dialog(read.store, read.chairs, read.today, this);
        connect(
            &dialog, &ChairsDialog::chairEdited, this,
            [this, &dialog, read](const Chair &chair, const QString &change) {
                m_rulesFlow->previewThenSave(
                    change,
                    {RulesEdit{read.store, chair, [chair](RulesWriter &writer) { return writer.saveChair(chair); }}},
                    &dialog, [this, &dialog, store = read.store] {
                        // Show the chairs as they are now.
                        m_worker->run(
                            &dialog,
                            [store](ScheduleSession &session) { return session.repository().chairs(store.id); },
                            [&dialog](const Result<QList<Chair>> &chairs) {
                                if (chairs)
                                    dialog.setChairs(*chairs);
                            });
                    });
            });
        connect(&dialog, &ChairsDialog::orderRequested, this,
                [this, &dialog, store = read.store](const QList<ChairId> &order) {
                    m_worker->run(
                        &dialog,
                        [store, order](ScheduleSession &session) -> Result<QList<Chair>> {
                            if (auto ok = session.rulesWriter().reorderChairs(store.id, order); !ok)
                                return std::unexpected(ok.error());
                            return session.repository().chairs(store.id);
                        },
                        [this, &dialog, store](const Result<QList<Chair>> &chairs) {
                            if (!chairs) {
                                QMessageBox::warning(&dialog, tr("Chairs"), chairs.error().message);
                                return;
                            }
                            dialog.setChairs(*chairs);
                            rulesChanged({store.id});
                        });
                });
        dialog.exec();
    });
}

void MainWindow::openStoreSettings()
{
    readStoreRules(false, [this](const StoreRulesRead &read) {
        StoreSettingsDialog dialog(read.store, read.zips, read.today, this);
        connect(&dialog, &StoreSettingsDialog::saveRequested, this, [this, &dialog] {
            const Store store = dialog.store();
            m_rulesFlow->previewThenSave(
                tr("Settings of %1").arg(store.code),
                {RulesEdit{store, store, [store](RulesWriter &writer) { return writer.saveStore(store); }}}, &dialog,
                [&dialog] { dialog.accept(); });
        });
        connect(&dialog, &StoreSettingsDialog::zipRequested, this, [this, &dialog](const ZipCode &zip) {
            m_worker->run(
                &dialog,
                [zip](ScheduleSession &session) -> Result<QList<ZipCode>> {
                    if (auto ok = session.rulesWriter().saveZipCode(zip); !ok)
                        return std::unexpected(ok.error());
                    return session.repository().zipCodes(zip.storeId);
                },
                [this, &dialog](const Result<QList<ZipCode>> &zips) {
                    if (!zips) {
                        QMessageBox::warning(&dialog, tr("Zip code"), zips.error().message);
                        return;
                    }
                    dialog.setZipCodes(*zips);
                    statusBar()->showMessage(tr("Zip code saved."), 5000);
                });
        });
        dialog.exec();
    });
}

} // namespace sams
