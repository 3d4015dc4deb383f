// Spell checking with Debian's real Hunspell dictionaries (hunspell-no): words known and unknown
// per målform, suggestions, the unknown words of a text (what the letter view warns about), the
// underlining as the text is typed, the suggestions on right-click replacing the word, and the
// case editor checking the begrunnelse in the subject's målform and the summary in the
// innsender's.

#include "objektliste.h"
#include "caseeditor.h"
#include "domain/katalog.h"
#include "stavekontroll.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "tekst/ordbok.h"
#include "tekst/stavemarkering.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QContextMenuEvent>
#include <QSpontaneKeyEvent>
#include <QUndoStack>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace tilsyn;

Q_DECLARE_METATYPE(tilsyn::Maalform)

namespace {

/// The (start, length) ranges of a block that are underlined as misspelt.
QList<std::pair<int, int>> understreket(const QTextBlock &b)
{
    QList<std::pair<int, int>> ut;
    for (const QTextLayout::FormatRange &r : b.layout()->formats()) {
        if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            ut.append({r.start, r.length});
    }
    return ut;
}

} // namespace

class TstStavekontroll final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QElapsedTimer t;
        t.start();
        const Ordbok &nb = stavekontroll::ordbok(Maalform::Bokmaal);
        const qint64 nbMs = t.restart();
        const Ordbok &nn = stavekontroll::ordbok(Maalform::Nynorsk);
        qInfo("loading nb_NO: %lld ms, nn_NO: %lld ms (reference: under 2000 ms each)", nbMs, t.elapsed());
        QVERIFY2(nb.erLastet() && nn.erLastet(), "install hunspell-no (/usr/share/hunspell/nb_NO.dic, nn_NO.dic)");
    }

    void kjenner_data()
    {
        QTest::addColumn<QString>("ord");
        QTest::addColumn<bool>("nb");
        QTest::addColumn<bool>("nn");
        QTest::newRow("hus") << u"hus"_s << true << true;
        QTest::newRow("ikkje") << u"ikkje"_s << false << true;
        QTest::newRow("ikke") << u"ikke"_s << true << false;
        QTest::newRow("korleis") << u"korleis"_s << false << true;
        QTest::newRow("hvordan") << u"hvordan"_s << true << false;
        QTest::newRow("æøå") << u"første"_s << true << true;
        QTest::newRow("helsepersonell") << u"helsepersonell"_s << true << true;
        QTest::newRow("typo") << u"forsvarlihg"_s << false << false;
        QTest::newRow("abbreviation in capitals") << u"HPR"_s << true << true;
        QTest::newRow("with digits") << u"BM5"_s << true << true;
        // Field words of sykeheimar (issue 10: "beboer" was flagged); the project's word lists.
        QTest::newRow("beboer") << u"beboer"_s << true << false;
        QTest::newRow("beboerne") << u"beboerne"_s << true << false;
        QTest::newRow("bebuar") << u"bebuar"_s << false << true;
        QTest::newRow("sjukeheimslege") << u"sjukeheimslege"_s << false << true;
    }
    void kjenner()
    {
        QFETCH(QString, ord);
        QFETCH(bool, nb);
        QFETCH(bool, nn);
        QCOMPARE(stavekontroll::ordbok(Maalform::Bokmaal).kjenner(ord), nb);
        QCOMPARE(stavekontroll::ordbok(Maalform::Nynorsk).kjenner(ord), nn);
    }

    void ukjenteOrdPerMaalform()
    {
        const QString tekst = u"Verksemda har ikkje dokumentert at praksis er endra. Vi ber om svar ikkje seinare enn fristen."_s;
        QCOMPARE(stavekontroll::ordbok(Maalform::Nynorsk).ukjenteOrd(tekst), QStringList());
        const QStringList iBokmaal = stavekontroll::ordbok(Maalform::Bokmaal).ukjenteOrd(tekst);
        QVERIFY2(iBokmaal.contains(u"ikkje"_s), qPrintable(iBokmaal.join(u' ')));
        QVERIFY2(iBokmaal.contains(u"Verksemda"_s), qPrintable(iBokmaal.join(u' ')));
        QCOMPARE(iBokmaal.count(u"ikkje"_s), 1); // each word once
        const QString bokmaal = u"Virksomheten har ikke dokumentert at praksis er endret."_s;
        QCOMPARE(stavekontroll::ordbok(Maalform::Bokmaal).ukjenteOrd(bokmaal), QStringList());
        QCOMPARE(stavekontroll::ordbok(Maalform::Nynorsk).ukjenteOrd(bokmaal),
                 (QStringList{u"Virksomheten"_s, u"ikke"_s, u"endret"_s}));
    }

    // The project's word list (resources/ordliste): every word in it is one the real dictionary
    // flags without it (none added in vain), and with it the app's own domain words are known.
    void prosjektordlista_data()
    {
        QTest::addColumn<Maalform>("maalform");
        QTest::addColumn<QStringList>("fagord");
        QTest::newRow("nb") << Maalform::Bokmaal
                            << QStringList{u"Statsforvalteren"_s, u"statsforvalterens"_s, u"tilsynssak"_s, u"tilsynssaken"_s,
                                           u"Bufetat"_s, u"pbrl"_s, u"fvl"_s, u"offl"_s, u"omsorgstjenesteloven"_s,
                                           u"forsinkelsesmelding"_s, u"oppfølgingsfrist"_s, u"rettighetsklage"_s,
                                           u"beboer"_s, u"beboeren"_s, u"beboerne"_s, u"sykehjemsbeboer"_s,
                                           u"avviksmelding"_s, u"utskrivelsen"_s, u"avvikssystemet"_s};
        QTest::newRow("nn") << Maalform::Nynorsk
                            << QStringList{u"Statsforvaltaren"_s, u"tilsynssaka"_s, u"Sivilombodet"_s, u"helsepersonellova"_s,
                                           u"barnevernsinstitusjonen"_s, u"henvendinga"_s, u"pbrl"_s, u"fvl"_s,
                                           u"forsvarlegheit"_s, u"tilsynsstyresmakta"_s, u"brukarrettslova"_s,
                                           u"sjukeheimsbebuar"_s, u"avviksmelding"_s, u"tilsynslegen"_s,
                                           u"epikrise"_s, u"epikrisen"_s, u"journalføringsplikta"_s};
    }
    void prosjektordlista()
    {
        QFETCH(Maalform, maalform);
        QFETCH(QStringList, fagord);
        const Ordbok bare(maalform, Ordbok::standardMappe(), false);
        const Ordbok &med = stavekontroll::ordbok(maalform);
        QVERIFY(bare.erLastet());
        const QStringList liste = Ordbok::prosjektord(maalform);
        QVERIFY2(liste.size() > 40, qPrintable(liste.join(u' ')));
        QStringList unoedige;
        for (const QString &ord : liste) {
            if (bare.kjenner(ord))
                unoedige.append(ord);
            QVERIFY2(med.kjenner(ord), qPrintable(ord));
        }
        QVERIFY2(unoedige.isEmpty(), qPrintable(u"the dictionary knows these already: "_s + unoedige.join(u' ')));
        for (const QString &ord : fagord) {
            QVERIFY2(!bare.kjenner(ord), qPrintable(ord + u" is known without the list"_s));
            QVERIFY2(med.kjenner(ord), qPrintable(ord));
        }
        // A typo of a listed word is still flagged.
        QVERIFY(!med.kjenner(maalform == Maalform::Nynorsk ? u"Statsforvaltaen"_s : u"Statsforvalteen"_s));
    }

    // The editor's underlining and the letter view's warning use the list: the fixed domain
    // words are not flagged, a real bokmål word in a nynorsk letter still is.
    void fagordIkkeUnderstreketEllerVarslet()
    {
        QPlainTextEdit felt;
        stavekontroll::koble(&felt, Maalform::Bokmaal);
        QTest::keyClicks(&felt, u"Statsforvalteren viser til tilsynssaken etter pbrl. og fvl. hos Bufetat."_s);
        QCOMPARE(understreket(felt.document()->firstBlock()), (QList<std::pair<int, int>>{}));

        QWidget vindu;
        QComboBox maalform(&vindu);
        maalform.addItem(u"Nynorsk"_s, u"nn"_s);
        QPlainTextEdit saksforhold(&vindu);
        QLabel *varsel = stavekontroll::kobleBrev(&maalform, {&saksforhold}, &vindu);
        saksforhold.setPlainText(u"Statsforvaltaren viste til tilsynssaka, helsepersonellova og Sivilombodet."_s);
        QVERIFY2(varsel->isHidden(), qPrintable(varsel->text()));
        saksforhold.setPlainText(u"Statsforvaltaren viste til tilsynssaka og henvendelsen."_s);
        QCOMPARE(varsel->text(), u"The nynorsk dictionary does not know these words of the letter: henvendelsen. "
                                 "Check them before finalising."_s);
    }

    void forslag()
    {
        QVERIFY(stavekontroll::ordbok(Maalform::Bokmaal).forslag(u"forsvarlihg"_s).contains(u"forsvarlig"_s));
        const QStringList nn = stavekontroll::ordbok(Maalform::Nynorsk).forslag(u"forsvarlegg"_s);
        QVERIFY2(nn.contains(u"forsvarleg"_s), qPrintable(nn.join(u' ')));
    }

    void understrekerMensManSkriver()
    {
        QPlainTextEdit felt;
        Stavemarkering &m = *stavekontroll::koble(&felt, Maalform::Bokmaal);
        QTextDocument &dok = *felt.document();
        QTest::keyClicks(&felt, u"Et hus som ikkje er forsvarlihg"_s);
        QCOMPARE(understreket(dok.firstBlock()), (QList<std::pair<int, int>>{{11, 5}, {20, 11}}));
        int start = -1;
        QCOMPARE(m.ukjentOrdVed(13, &start), u"ikkje"_s);
        QCOMPARE(start, 11);
        QCOMPARE(m.ukjentOrdVed(4, &start), QString()); // "hus" is known
        m.settOrdbok(&stavekontroll::ordbok(Maalform::Nynorsk)); // "ikkje" is nynorsk
        QCOMPARE(understreket(dok.firstBlock()), (QList<std::pair<int, int>>{{20, 11}}));
        QTest::keyClicks(&felt, u" ikke"_s);
        QCOMPARE(understreket(dok.firstBlock()), (QList<std::pair<int, int>>{{20, 11}, {32, 4}}));
    }

    void forslagVedHoeyreklikk()
    {
        QPlainTextEdit felt;
        stavekontroll::koble(&felt, Maalform::Bokmaal);
        felt.setPlainText(u"Dette er ikke forsvarlihg helsehjelp."_s);
        felt.resize(500, 200);
        felt.show();
        QVERIFY(QTest::qWaitForWindowExposed(&felt));
        QTextCursor c(felt.document());
        c.setPosition(17);
        const QPoint pos = felt.cursorRect(c).center();
        QStringList tilbudt;
        QTimer::singleShot(0, this, [&] {
            auto *meny = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(meny);
            for (QAction *a : meny->actions()) {
                if (a->objectName() == u"forslag")
                    tilbudt.append(a->text());
            }
            for (QAction *a : meny->actions()) {
                if (a->text() == u"forsvarlig") {
                    a->trigger();
                    break;
                }
            }
            meny->close();
        });
        emit felt.customContextMenuRequested(pos);
        QVERIFY2(tilbudt.contains(u"forsvarlig"_s), qPrintable(tilbudt.join(u", "_s)));
        QCOMPARE(felt.toPlainText(), u"Dette er ikke forsvarlig helsehjelp."_s);
        QCOMPARE(understreket(felt.document()->firstBlock()), (QList<std::pair<int, int>>{}));
    }

    // The letter view's hook: a nynorsk letter holding bokmål words says so, naming them.
    void brevetsUkjenteOrd()
    {
        QWidget vindu;
        QComboBox maalform(&vindu);
        maalform.addItem(u"Bokmål"_s, u"nb"_s);
        maalform.addItem(u"Nynorsk"_s, u"nn"_s);
        QPlainTextEdit saksforhold(&vindu), fritekst(&vindu);
        QLabel *varsel = stavekontroll::kobleBrev(&maalform, {&saksforhold, &fritekst}, &vindu);
        QCOMPARE(varsel->objectName(), u"stavevarsel"_s);
        saksforhold.setPlainText(u"Verksemda har ikke sendt dokumentasjon."_s);
        fritekst.setPlainText(u"Vi ber om svar innan fristen."_s);
        QVERIFY(varsel->isHidden() == false);
        QCOMPARE(varsel->text(), u"The bokmål dictionary does not know these words of the letter: Verksemda, innan. "
                                 "Check them before finalising."_s);
        maalform.setCurrentIndex(1);
        QCOMPARE(varsel->text(), u"The nynorsk dictionary does not know these words of the letter: ikke. "
                                 "Check them before finalising."_s);
        QCOMPARE(saksforhold.document()->findChild<Stavemarkering *>()->ordbok()->maalform(), Maalform::Nynorsk);
        saksforhold.setPlainText(u"Verksemda har ikkje sendt dokumentasjon."_s);
        QVERIFY(varsel->isHidden());
        QCOMPARE(varsel->text(), QString());
    }

    void saksbehandlingsvinduetsMaalform()
    {
        QTemporaryDir dir;
        auto store = Store::aapne(dir.filePath(u"s.sqlite"_s));
        SakRepository repo(*store, Katalog::innebygd());
        CaseEditor e(repo, Katalog::innebygd(), u"kari"_s);
        e.nySak(u"innlandet"_s);
        auto *sammendrag = e.findChild<QPlainTextEdit *>(u"sammendrag"_s);
        auto *markering = sammendrag->document()->findChild<Stavemarkering *>();
        QVERIFY(markering);
        QCOMPARE(markering->ordbok()->maalform(), Maalform::Bokmaal);
        auto *maalform = e.findChild<QComboBox *>(u"innsender.maalform"_s);
        maalform->setCurrentIndex(maalform->findData(u"nn"_s));
        emit maalform->activated(maalform->currentIndex());
        QCOMPARE(markering->ordbok()->maalform(), Maalform::Nynorsk);

        // The begrunnelse follows the subject's målform (the decision goes to it).
        e.findChild<QPushButton *>(u"leggTilObjekt"_s)->click();
        e.findChild<QAbstractButton *>(u"bm5"_s)->click();
        auto *objektMaalform = e.findChild<QGroupBox *>(u"objektskjema"_s)->findChild<QComboBox *>(u"maalform"_s);
        objektMaalform->setCurrentIndex(objektMaalform->findData(u"nb"_s));
        emit objektMaalform->activated(objektMaalform->currentIndex());
        e.findChild<QPushButton *>(u"leggTilVurdering"_s)->click();
        auto *begrunnelse = e.findChild<QPlainTextEdit *>(u"begrunnelse"_s);
        auto *b = begrunnelse->document()->findChild<Stavemarkering *>();
        QVERIFY(b);
        QCOMPARE(b->ordbok()->maalform(), Maalform::Bokmaal);
        objektMaalform->setCurrentIndex(objektMaalform->findData(u"nn"_s));
        emit objektMaalform->activated(objektMaalform->currentIndex());
        QCOMPARE(b->ordbok()->maalform(), Maalform::Nynorsk);
        // Issue 10: the subject's målform "(not known)" while the innsender writes nynorsk: the
        // office's default, bokmål, not the innsender's (the begrunnelse goes to the subject).
        objektMaalform->setCurrentIndex(objektMaalform->findData(QString()));
        emit objektMaalform->activated(objektMaalform->currentIndex());
        QCOMPARE(e.sak().innsender->maalform, std::optional<QString>(u"nn"_s));
        QCOMPARE(b->ordbok()->maalform(), Maalform::Bokmaal);
        QTest::keyClicks(begrunnelse, u"Beboeren fikk ikke medisinene sine, og beboerne ble ikke informert."_s);
        QCOMPARE(understreket(begrunnelse->document()->firstBlock()), (QList<std::pair<int, int>>{}));
    }

    // The context-menu key (Qt::Key_Menu, through the window as the platform delivers it) on a
    // misspelt word of the real sammendrag of a CaseEditor offers suggestions; choosing one
    // corrects the word as one undoable edit of the case.
    void forslagMedMenytasten()
    {
        QTemporaryDir dir;
        auto store = Store::aapne(dir.filePath(u"s.sqlite"_s));
        SakRepository repo(*store, Katalog::innebygd());
        CaseEditor e(repo, Katalog::innebygd(), u"kari"_s);
        e.nySak(u"innlandet"_s);
        e.resize(1200, 700);
        e.show();
        QVERIFY(QTest::qWaitForWindowActive(&e));
        auto *sammendrag = e.findChild<QPlainTextEdit *>(u"sammendrag"_s);
        QVERIFY(sammendrag);
        sammendrag->setFocus();
        QTest::keyClicks(sammendrag, u"Pasienten fikk ikke forsvarlihg"_s);
        QTest::keyClick(sammendrag, Qt::Key_Left);
        QTest::keyClick(sammendrag, Qt::Key_Left); // inside the word
        QStringList tilbudt;
        bool vist = false;
        QTimer::singleShot(0, this, [&] {
            auto *meny = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!meny)
                return;
            vist = true;
            for (QAction *a : meny->actions())
                if (a->objectName() == u"forslag")
                    tilbudt.append(a->text());
            for (QAction *a : meny->actions())
                if (a->text() == u"forsvarlig") {
                    a->trigger();
                    break;
                }
            meny->close();
        });
        // The context-menu key: the platform turns it into a keyboard QContextMenuEvent at the text
        // cursor of the focused widget (what QWidgetWindow does for Qt::Key_Menu / Shift+F10).
        QWidget *fokus = QApplication::focusWidget();
        QCOMPARE(fokus, sammendrag);
        const QPoint ved = fokus->inputMethodQuery(Qt::ImCursorRectangle).toRect().center();
        QContextMenuEvent menytast(QContextMenuEvent::Keyboard, ved, fokus->mapToGlobal(ved));
        QSpontaneKeyEvent::setSpontaneous(&menytast);
        QApplication::sendEvent(fokus, &menytast);
        QVERIFY2(vist, "the context-menu key opened no menu");
        QVERIFY2(tilbudt.contains(u"forsvarlig"_s), qPrintable(tilbudt.join(u", "_s)));
        QCOMPARE(sammendrag->toPlainText(), u"Pasienten fikk ikke forsvarlig"_s);
        QCOMPARE(e.sak().sammendrag, std::optional<QString>(u"Pasienten fikk ikke forsvarlig"_s));
    }
};

QTEST_MAIN(TstStavekontroll)
#include "tst_stavekontroll.moc"
