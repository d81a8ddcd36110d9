#include "widgets/RulesEditFlow.h"

#include "editing/ScheduleWorker.h"
#include "widgets/ImpactPreviewDialog.h"

#include <QMessageBox>

namespace sams {

RulesEditFlow::RulesEditFlow(ScheduleWorker &worker, QWidget *window)
    : QObject(window)
    , m_worker(worker)
{ }

void RulesEditFlow::previewThenSave(const QString &change, const QList<RulesEdit> &edits, QWidget *parent,
                                    const std::function<void()> &saved, const QString &typedConfirmation)
{
    QList<std::pair<Store, ProposedChange>> proposed;
    for (const RulesEdit &edit : edits)
        proposed.append({edit.store, edit.change});
    m_worker.run(
        parent,
        [proposed](ScheduleSession &session) -> Result<QList<ChangePreview>> {
            QList<ChangePreview> previews;
            for (const auto &[store, proposal] : proposed) {
                Result<ChangePreview> preview = previewChange(session.repository(), store, proposal);
                if (!preview)
                    return std::unexpected(preview.error());
                previews.append(std::move(*preview));
            }
            return previews;
        },
        [this, change, edits, parent, saved, typedConfirmation](const Result<QList<ChangePreview>> &previews) {
            if (!previews) {
                QMessageBox::warning(
                    parent, tr("Preview"),
                    tr("The preview could not be read: %1 Nothing was saved.").arg(previews.error().message));
                return;
            }
            ImpactPreviewDialog dialog(change, *previews, parent, typedConfirmation);
            connect(&dialog, &ImpactPreviewDialog::saveRequested, this, [this, &dialog, edits] {
                QList<std::function<Result<RulesSaved>(RulesWriter &)>> saves;
                for (const RulesEdit &edit : edits)
                    saves.append(edit.save);
                m_worker.run(
                    &dialog,
                    [saves](ScheduleSession &session) -> Result<int> {
                        // Each edit is one transaction of its own store; the first
                        // refusal stops the rest (the count says how far it got).
                        int done = 0;
                        for (const auto &save : saves) {
                            const Result<RulesSaved> written = save(session.rulesWriter());
                            if (!written) {
                                Error error = written.error();
                                if (done > 0)
                                    error.message
                                        = tr("%1 (%n store(s) before it were saved)", nullptr, done).arg(error.message);
                                return std::unexpected(error);
                            }
                            ++done;
                        }
                        return done;
                    },
                    [this, &dialog, edits](const Result<int> &done) {
                        QList<StoreId> stores;
                        for (const RulesEdit &edit : edits)
                            stores.append(edit.store.id);
                        if (!done) {
                            dialog.showRefusal(done.error().message);
                            Q_EMIT rulesChanged(stores); // part may have been saved
                            return;
                        }
                        Q_EMIT rulesChanged(stores);
                        dialog.accept();
                    });
            });
            if (dialog.exec() == QDialog::Accepted && saved)
                saved();
        });
}

void RulesEditFlow::previewThen(const QString &change, const Store &store, const ProposedChange &proposed,
                                QWidget *parent, const std::function<void()> &confirmed)
{
    m_worker.run(
        parent,
        [store, proposed](ScheduleSession &session) { return previewChange(session.repository(), store, proposed); },
        [change, parent, confirmed](const Result<ChangePreview> &preview) {
            if (!preview) {
                QMessageBox::warning(
                    parent, tr("Preview"),
                    tr("The preview could not be read: %1 Nothing was saved.").arg(preview.error().message));
                return;
            }
            ImpactPreviewDialog dialog(change, {*preview}, parent);
            connect(&dialog, &ImpactPreviewDialog::saveRequested, &dialog, &QDialog::accept);
            if (dialog.exec() == QDialog::Accepted)
                confirmed();
        });
}

} // namespace sams
