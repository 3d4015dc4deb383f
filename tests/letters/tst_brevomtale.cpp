// What a letter says about the other parties, and what it is prefilled with (issue 10, the
// caseworker's try, "What still felt wrong"): a tilsynsobjekt's letter refers to the innsender by
// role unless the caseworker names them; no sentence repeats an object's name; prefilled text is
// in the letter's målform (checked with Debian's real Hunspell dictionaries); the letter a case
// calls for follows its state; the decision letters for all parties leave out those sent; the
// begrunnelse's dictionary; the file name of a saved letter.

#include "domain/katalog.h"
#include "letters/brevforslag.h"
#include "letters/brevmal.h"
#include "letters/brevmalkilde.h"
#include "letters/brevparter.h"
#include "letters/brevrenderer.h"
#include "letters/brevtype.h"
#include "letters/maalformkontroll.h"
#include "tekst/ordbok.h"
#include "brevtestdata.h"

#include <QTest>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextDocument>

using namespace tilsyn;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(tilsyn::Maalform)

namespace {

const QString kInnsender = u"Ingrid Fjeldstad"_s;
const QString kSykeheim = u"Voss kommune, Vangen sjukeheim"_s;

// The tryout's case: an employee of a sykehjem complains; BM 5, two objects, decided.
Tilsynssak sykeheimssak(const QString &sektor, const QString &maalform)
{
    Tilsynssak s = sektor == u"sosial" ? test::sosialsak(maalform)
        : sektor == u"barnevern"       ? test::barnevernsak(maalform)
                                       : test::brevsak(5, 4, maalform);
    s.kilder = {u"ansatt"_s};
    s.innsender = Innsender{kInnsender, u"Vangsgata 3\n5700 Voss"_s, maalform};
    if (sektor == u"helse")
        s.tilsynsobjekter[0].navn = kSykeheim;
    return s;
}

Brevbestilling bestilling(const QString &type, const QString &til, Maalform m, const Tilsynssak &sak)
{
    Brevbestilling b;
    b.type = type;
    b.til = til;
    b.maalform = m;
    b.dato = QDate(2024, 9, 2);
    b.profil = {u"Ola Nordmann"_s, u"seniorrådgiver"_s, u"55 57 21 34"_s};
    // The innsender's receipt and a varsel to the first object: the chronology names both letters.
    b.hendelser = {{QDate(2024, 3, 6), u"kvittering"_s, kInnsender},
                   {QDate(2024, 3, 20), u"bm5-varsel"_s, sak.tilsynsobjekter.constFirst().navn}};
    return b;
}

QString sektorFor(const Brevtype &t)
{
    if (t.kode.startsWith(u"palegg-"_s)) // to a kommune's service: the Nav-kontor of the sosial case
        return u"sosial"_s;
    return t.sektorer.isEmpty() || t.sektorer.contains(u"helse"_s) ? u"helse"_s : t.sektorer.constFirst();
}

// The letter body as a reader sees it, one paragraph per block.
QStringList avsnitt(const QString &html)
{
    QTextDocument d;
    d.setHtml(html);
    QStringList ut;
    for (QTextBlock b = d.begin(); b.isValid(); b = b.next())
        if (!b.text().trimmed().isEmpty())
            ut.append(b.text().simplified());
    return ut;
}

QStringList setninger(const QString &avsnitt)
{
    QStringList ut;
    QTextBoundaryFinder f(QTextBoundaryFinder::Sentence, avsnitt);
    qsizetype start = 0;
    for (qsizetype slutt = f.toNextBoundary(); slutt > 0; slutt = f.toNextBoundary()) {
        ut.append(avsnitt.mid(start, slutt - start).trimmed());
        start = slutt;
    }
    return ut;
}

} // namespace

class TestBrevomtale final : public QObject
{
    Q_OBJECT

private:
    const Brevmalkilde m_maler;
    const Brevrenderer m_renderer{Katalog::innebygd(), m_maler};
    const Katalog &m_k = Katalog::innebygd();

    QString tekst(const Tilsynssak &sak, Brevutkast u) const
    {
        u.utkast = false;
        return avsnitt(m_renderer.html(sak, u)).join(u'\n');
    }

    static void alleTyper()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<Maalform>("maalform");
        for (const Brevtype &t : brevtyper())
            for (const Maalform m : {Maalform::Bokmaal, Maalform::Nynorsk})
                QTest::addRow("%s-%s", qPrintable(t.kode), m == Maalform::Nynorsk ? "nn" : "nb") << t.kode << m;
    }

private slots:
    // 1. Every letter to a tilsynsobjekt (or its leadership) that mentions the innsender or
    // carries the chronology refers to them by role, in its målform, unless the caseworker
    // chooses to name them; their own letter and the one to Statens helsetilsyn name them.
    void innsenderByRoleInAnObjectsLetter_data() { alleTyper(); }
    void innsenderByRoleInAnObjectsLetter()
    {
        QFETCH(QString, type);
        QFETCH(Maalform, maalform);
        const Brevtype *t = brevtype(type);
        const bool nn = maalform == Maalform::Nynorsk;
        const Tilsynssak sak = sykeheimssak(sektorFor(*t), nn ? u"nn"_s : u"nb"_s);
        const QList<Brevmottaker> mulige = muligeMottakere(sak, type);
        QVERIFY(!mulige.isEmpty());
        Brevutkast u = settSammenBrev(sak, bestilling(type, mulige.constFirst().noekkel(), maalform, sak), m_maler, m_k);
        const QStringList plass = m_maler.mal(type, maalform).navn();
        const bool nevner = plass.contains(u"innsender"_s) || plass.contains(u"kronologi"_s);
        const QString rolle = nn ? u"innsendaren"_s : u"innsenderen"_s;
        if (t->mottaker == Mottakerrolle::Innsender) {
            QVERIFY2(!plass.contains(u"kronologi"_s) || tekst(sak, u).contains(u"til deg."_s), qPrintable(tekst(sak, u)));
            return;
        }
        if (t->mottaker == Mottakerrolle::Helsetilsynet) {
            QVERIFY2(!nevner || tekst(sak, u).contains(kInnsender), qPrintable(tekst(sak, u)));
            return;
        }
        // The copy line names a copy recipient by necessity (docs/letters.md): the caseworker
        // who keeps the innsender unnamed also leaves the copy out.
        u.kopiTil.clear();
        const QString anonym = tekst(sak, u);
        QVERIFY2(!anonym.contains(u"Fjeldstad"_s), qPrintable(anonym));
        if (nevner)
            QVERIFY2(anonym.contains(rolle), qPrintable(anonym));
        if (plass.contains(u"kronologi"_s)) // "sendte brevet «Kvittering …» til innsenderen."
            QVERIFY2(anonym.contains(u"» til %1."_s.arg(rolle)), qPrintable(anonym));
        u.navngiInnsender = true; // the caseworker's choice
        const QString navngitt = tekst(sak, u);
        QCOMPARE(navngitt.contains(kInnsender), nevner);
        QVERIFY(!navngitt.contains(rolle));
    }

    // The role follows the case's kilde, in the letter's målform.
    void roleWordsByKilde()
    {
        Tilsynssak s = test::brevsak(5, 1);
        const QList<std::tuple<QString, QString, QString, QString>> tabell{
            {u"helse"_s, u"pasient-bruker"_s, u"pasienten"_s, u"pasienten"_s},
            {u"sosial"_s, u"pasient-bruker"_s, u"brukeren"_s, u"brukaren"_s},
            {u"helse"_s, u"parorende"_s, u"pårørende"_s, u"pårørande"_s},
            {u"barnevern"_s, u"barnet"_s, u"barnet"_s, u"barnet"_s},
            {u"helse"_s, u"ombud"_s, u"pasient- og brukerombudet"_s, u"pasient- og brukarombodet"_s},
            {u"helse"_s, u"ansatt"_s, u"innsenderen"_s, u"innsendaren"_s},
            {u"barnevern"_s, u"mor-far"_s, u"innsenderen"_s, u"innsendaren"_s},
        };
        for (const auto &[sektor, kilde, nb, nn] : tabell) {
            s.sektor = sektor;
            s.kilder = {kilde};
            QCOMPARE(innsenderOmtale(s, Maalform::Bokmaal), nb);
            QCOMPARE(innsenderOmtale(s, Maalform::Nynorsk), nn);
        }
        s.kilder = {u"pasient-bruker"_s, u"parorende"_s}; // two kilder: no single role
        QCOMPARE(innsenderOmtale(s, Maalform::Bokmaal), u"innsenderen"_s);
    }

    // 2. No sentence of any letter names the same object twice (the innsender's letter printed
    // "Voss kommune, Vangen sjukeheim: Voss kommune, Vangen sjukeheim har …").
    void noSentenceRepeatsAnObjectsName_data() { alleTyper(); }
    void noSentenceRepeatsAnObjectsName()
    {
        QFETCH(QString, type);
        QFETCH(Maalform, maalform);
        const Brevtype *t = brevtype(type);
        const Tilsynssak sak = sykeheimssak(sektorFor(*t), maalform == Maalform::Nynorsk ? u"nn"_s : u"nb"_s);
        for (const Brevmottaker &m : muligeMottakere(sak, type)) {
            const Brevutkast u = settSammenBrev(sak, bestilling(type, m.noekkel(), maalform, sak), m_maler, m_k);
            int saa = 0;
            for (const QString &a : avsnitt(m_renderer.html(sak, u))) {
                for (const QString &setning : setninger(a)) {
                    for (const Tilsynsobjekt &o : sak.tilsynsobjekter) {
                        saa += setning.count(o.navn) > 0;
                        QVERIFY2(setning.count(o.navn) <= 1, qPrintable(u"%1 to %2: «%3»"_s.arg(type, m.navn, setning)));
                    }
                }
            }
            QVERIFY2(saa > 0 || type.startsWith(u"forsinkelses"_s) || type == u"kvittering"_s
                         || type.startsWith(u"bm1"_s) || type.startsWith(u"bm2-orientering"_s),
                     qPrintable(type)); // the check saw the names
        }
    }
    void innsendersResultNamesEachObjectOncePerSentence()
    {
        const Tilsynssak sak = sykeheimssak(u"helse"_s, u"nn"_s);
        const Brevutkast u = settSammenBrev(sak, bestilling(u"bm5-resultat-innsender"_s, u"innsender"_s, Maalform::Nynorsk, sak),
                                            m_maler, m_k);
        const QString t = tekst(sak, u);
        QVERIFY2(!t.contains(kSykeheim + u": "_s), qPrintable(t));
        QVERIFY2(t.contains(kSykeheim + u" har brote "_s), qPrintable(t));
    }

    // 3. A letter's prefilled text is in the letter's målform. The case's summary is written in
    // one målform; in a letter of the other it is not used: the Saksforhold is left empty and the
    // letter prints a marker in its own målform asking for it. Checked with Debian's dictionaries:
    // no word of the letter (the caseworker's begrunnelser left out, they are typed for the
    // letter) is known only to the other målform's dictionary.
    void prefilledTextInTheLettersMaalform_data() { alleTyper(); }
    void prefilledTextInTheLettersMaalform()
    {
        QFETCH(QString, type);
        QFETCH(Maalform, maalform);
        const Brevtype *t = brevtype(type);
        const bool nn = maalform == Maalform::Nynorsk;
        Tilsynssak sak = sykeheimssak(sektorFor(*t), nn ? u"nn"_s : u"nb"_s);
        const QString nnSammendrag = u"Bebuaren fekk ikkje medisinane sine, og pleiarane skreiv ikkje avvik."_s;
        const QString nbSammendrag = u"Beboeren fikk ikke medisinene sine, og pleierne skrev ikke avvik."_s;
        for (Vurdering &v : sak.vurderinger)
            v.begrunnelse.clear();
        const Ordbok egen(maalform), annen(nn ? Maalform::Bokmaal : Maalform::Nynorsk);
        QVERIFY(egen.erLastet() && annen.erLastet());
        const bool brukerSammendrag = m_maler.mal(type, maalform).navn().contains(u"sammendrag"_s);
        for (const bool sammeMaalform : {false, true}) {
            sak.sammendrag = (nn == sammeMaalform) ? nnSammendrag : nbSammendrag;
            const Brevutkast u = settSammenBrev(sak, bestilling(type, {}, maalform, sak), m_maler, m_k);
            QCOMPARE(u.fritekst.value(u"saksforhold"_s), sammeMaalform ? *sak.sammendrag : QString());
            const QString brev = tekst(sak, u);
            QStringList fremmede;
            for (const auto &[start, lengde] : Ordbok::ord(brev)) {
                const QString o = brev.mid(start, lengde);
                if (!egen.kjenner(o) && annen.kjenner(o) && !fremmede.contains(o))
                    fremmede.append(o);
            }
            QVERIFY2(fremmede.isEmpty(), qPrintable(u"%1: %2\n%3"_s.arg(type, fremmede.join(u", "_s), brev)));
            if (brukerSammendrag) {
                QCOMPARE(brev.contains(*sak.sammendrag), sammeMaalform);
                QCOMPARE(brev.contains(saksforholdMarkor(maalform)), !sammeMaalform);
                QCOMPARE(saksforholdMangler(sak, u), !sammeMaalform);
            }
        }
    }
    // The caseworker's try: the nynorsk innsender's result letter printed the bokmål first
    // sentences of the begrunnelser. Each reason in the other målform is left out, the letter
    // shows the marker, and it is a section to write (the same mechanism as the Saksforhold).
    void innsendersReasonsInTheLettersMaalform()
    {
        Tilsynssak sak = test::brevsak(5, 0, u"nn"_s); // kilde pasient-bruker: reads the first sentences
        const QString nb1 = u"Prøvesvarene ble ikke fulgt opp i tre uker."_s;
        const QString nb2 = u"Legen fikk ikke svarene og kunne ikke ha handlet forsvarlig."_s;
        const QString nn3 = u"Journalen vart ikkje ført same dagen."_s;
        sak.vurderinger = {Vurdering{u"sphl-2-2"_s, u"o1"_s, u"lovbrudd"_s, nb1 + u" Mer om rutinene."_s},
                           Vurdering{u"hpl-4"_s, u"o2"_s, u"ikke-lovbrudd"_s, nb2},
                           Vurdering{u"hpl-39-45"_s, u"o2"_s, u"ikke-lovbrudd"_s, nn3}};
        Brevutkast u = settSammenBrev(sak, bestilling(u"bm5-resultat-innsender"_s, u"innsender"_s, Maalform::Nynorsk, sak),
                                      m_maler, m_k);
        const Brevmal &mal = m_maler.mal(u.type, u.maalform);
        const QString markor = maalformMarkor(Maalformtekst::Grunn, Maalform::Nynorsk);
        QString brev = tekst(sak, u);
        QVERIFY2(!brev.contains(nb1) && !brev.contains(nb2) && brev.contains(nn3), qPrintable(brev));
        QCOMPARE(brev.count(markor), 2);
        QList<Maalformavsnitt> avsnitt = avsnittPaaAnnenMaalform(sak, m_k, u, mal);
        QCOMPARE(avsnitt.size(), 2);
        QCOMPARE(avsnitt[0].felt, u"grunn:o1/sphl-2-2"_s);
        QCOMPARE(avsnitt[0].original, nb1);
        QCOMPARE(avsnitt[0].objekt, sak.tilsynsobjekter[0].navn);
        QCOMPARE(avsnitt[1].felt, grunnfelt(sak.vurderinger[1]));
        QCOMPARE(avsnitt[1].paragraf, u"helsepersonellova § 4"_s);
        QCOMPARE(maalformmarkorer(sak, m_k, u, mal).size(), 2);
        // Written in nynorsk: printed, the marker gone, the section still offered.
        const QString skrive = u"Prøvesvara vart ikkje følgde opp på tre veker."_s;
        u.fritekst.insert(avsnitt[0].felt, skrive);
        brev = tekst(sak, u);
        QVERIFY(brev.contains(skrive));
        QCOMPARE(brev.count(markor), 1);
        avsnitt = avsnittPaaAnnenMaalform(sak, m_k, u, mal);
        QCOMPARE(avsnitt.size(), 2);
        QVERIFY(!avsnitt[0].mangler && avsnitt[1].mangler);
        QCOMPARE(maalformmarkorer(sak, m_k, u, mal).size(), 1);
        u.fritekst.insert(avsnitt[1].felt, u"Legen fekk ikkje svara."_s);
        QVERIFY(maalformmarkorer(sak, m_k, u, mal).isEmpty());
        QVERIFY(!tekst(sak, u).contains(markor));
        // The bokmål letter: the nynorsk reason is the one to write.
        const Brevutkast nb = settSammenBrev(sak, bestilling(u"bm5-resultat-innsender"_s, u"innsender"_s,
                                                             Maalform::Bokmaal, sak), m_maler, m_k);
        avsnitt = avsnittPaaAnnenMaalform(sak, m_k, nb, m_maler.mal(nb.type, nb.maalform));
        QCOMPARE(avsnitt.size(), 1);
        QCOMPARE(avsnitt[0].original, nn3);
        QVERIFY(tekst(sak, nb).contains(nb1));
        // A letter that prints no short reasons (the avgjørelse), or an innsender who reads only the
        // standard sentences: nothing to write.
        const Brevutkast avgjorelse = settSammenBrev(sak, bestilling(u"bm5-avgjorelse"_s, u"o2"_s, Maalform::Nynorsk, sak),
                                                     m_maler, m_k);
        for (const Maalformavsnitt &a : avsnittPaaAnnenMaalform(sak, m_k, avgjorelse, m_maler.mal(avgjorelse.type, Maalform::Nynorsk)))
            QVERIFY(a.hva != Maalformtekst::Grunn); // its own begrunnelser, written whole for it, are another matter
        sak.kilder = {u"ansatt"_s};
        QVERIFY(avsnittPaaAnnenMaalform(sak, m_k, settSammenBrev(sak, bestilling(u"bm5-resultat-innsender"_s,
                                        u"innsender"_s, Maalform::Nynorsk, sak), m_maler, m_k), mal).isEmpty());
    }

    void maalformOfATextFromTheDictionaries()
    {
        QVERIFY(paaAnnenMaalform(u"Bebuaren fekk ikkje medisinane sine."_s, Maalform::Bokmaal));
        QVERIFY(!paaAnnenMaalform(u"Bebuaren fekk ikkje medisinane sine."_s, Maalform::Nynorsk));
        QVERIFY(paaAnnenMaalform(u"Beboeren fikk ikke medisinene sine."_s, Maalform::Nynorsk));
        // A name in the other målform does not make a text nynorsk.
        QVERIFY(!paaAnnenMaalform(u"Beboeren på Vangen sjukeheim fikk ikke medisinene sine."_s, Maalform::Bokmaal));
        QVERIFY(!paaAnnenMaalform(QString(), Maalform::Bokmaal));
        QCOMPARE(forslagPaa(u"Bebuaren fekk ikkje medisinane."_s, Maalform::Bokmaal), QString());
        QCOMPARE(forslagPaa(u"Bebuaren fekk ikkje medisinane."_s, Maalform::Nynorsk), u"Bebuaren fekk ikkje medisinane."_s);
    }

    // 4. The letter proposed follows the case's state: a decided BM 5 case (utfall, not yet
    // closed) gets the avgjørelse to each party without one, never a receipt.
    void proposedLetterFollowsTheCase()
    {
        Tilsynssak s = sykeheimssak(u"helse"_s, u"nb"_s);
        s.avsluttet = QDate();
        const QString o1 = s.tilsynsobjekter[0].navn, o2 = s.tilsynsobjekter[1].navn;
        auto forslag = [&](const QList<Brevhendelse> &sendte) -> QString {
            const Brevforslag f = foreslaattBrev(s, sendte);
            return f.type + u'|' + f.til;
        };
        QCOMPARE(forslag({}), u"bm5-avgjorelse|o1"_s);
        QCOMPARE(forslag({{QDate(2024, 9, 2), u"bm5-avgjorelse"_s, o1}}), u"bm5-avgjorelse|o2"_s);
        const QList<Brevhendelse> beggeObjekter{{QDate(2024, 9, 2), u"bm5-avgjorelse"_s, o1},
                                                {QDate(2024, 9, 2), u"bm5-avgjorelse"_s, o2}};
        QCOMPARE(forslag(beggeObjekter), u"bm5-resultat-innsender|innsender"_s);
        QCOMPARE(forslag(beggeObjekter + QList<Brevhendelse>{{QDate(2024, 9, 2), u"bm5-resultat-innsender"_s, kInnsender}}),
                 u"bm5-avgjorelse|o1"_s);
        s.avsluttet = QDate(2024, 9, 2); // closed the same way
        QCOMPARE(forslag({}), u"bm5-avgjorelse|o1"_s);
        s.utfall = u"oversendt-htil"_s;
        QCOMPARE(forslag({}), u"bm5-oversendelse-htil|helsetilsynet"_s);
        // Not decided: the receipt, then a varsel to each object, then the statement for comment.
        s.utfall.reset();
        s.avsluttet = QDate();
        QCOMPARE(forslag({}), u"kvittering|innsender"_s);
        const QList<Brevhendelse> kvittert{{QDate(2024, 3, 6), u"kvittering"_s, kInnsender}};
        QCOMPARE(forslag(kvittert), u"bm5-varsel|o1"_s);
        QCOMPARE(forslag(kvittert + QList<Brevhendelse>{{QDate(2024, 3, 20), u"bm5-varsel"_s, o1}}), u"bm5-varsel|o2"_s);
        // BM 2: the oversendelse until the case records it, then the orientation to the innsender.
        Tilsynssak bm2 = test::brevsak(2);
        bm2.oversendt = QDate();
        QCOMPARE(foreslaattBrev(bm2, {}).type, u"kvittering"_s);
        const QList<Brevhendelse> kvittertBm2{{QDate(2024, 3, 6), u"kvittering"_s, bm2.innsender->navn}};
        QCOMPARE(foreslaattBrev(bm2, kvittertBm2).type, u"bm2-oversendelse"_s);
        bm2.oversendt = QDate(2024, 3, 20);
        QCOMPARE(foreslaattBrev(bm2, kvittertBm2).type, u"bm2-orientering"_s);
    }

    // 5. "Decision letters for all parties" makes drafts only for parties without a finalised one.
    void allPartiesLeavesOutThoseSent()
    {
        const Tilsynssak s = sykeheimssak(u"helse"_s, u"nb"_s);
        Brevbestilling b = bestilling(u"bm5-avgjorelse"_s, {}, Maalform::Bokmaal, s);
        b.maalform.reset();
        auto parter = [&] {
            QStringList ut;
            for (const Brevutkast &u : vedtaksbrevTilAlleParter(s, b, m_maler, m_k))
                ut.append(u.type + u'|' + u.mottaker.noekkel());
            return ut.join(u' ');
        };
        QCOMPARE(parter(), u"bm5-avgjorelse|o1 bm5-avgjorelse|o2 bm5-resultat-innsender|innsender"_s);
        b.hendelser.append({QDate(2024, 9, 2), u"bm5-avgjorelse"_s, s.tilsynsobjekter[0].navn});
        QCOMPARE(parter(), u"bm5-avgjorelse|o2 bm5-resultat-innsender|innsender"_s);
        b.hendelser.append({QDate(2024, 9, 2), u"bm5-resultat-innsender"_s, kInnsender});
        b.hendelser.append({QDate(2024, 9, 3), u"bm5-avgjorelse"_s, s.tilsynsobjekter[1].navn});
        QCOMPARE(parter(), QString());
    }

    // 7. The begrunnelse is spell-checked in its object's målform; an unknown one is the
    // office's default, bokmål — not the innsender's nynorsk.
    void begrunnelseDictionaryFromTheObject()
    {
        Tilsynssak s = sykeheimssak(u"helse"_s, u"nn"_s); // the innsender writes nynorsk
        s.tilsynsobjekter[0].maalform.reset();                 // the sykeheim's målform "(ukjent)"
        QCOMPARE(begrunnelsensMaalform(s, u"o1"_s), Maalform::Bokmaal);
        s.tilsynsobjekter[0].maalform = QString();
        QCOMPARE(begrunnelsensMaalform(s, u"o1"_s), Maalform::Bokmaal);
        s.tilsynsobjekter[0].maalform = u"nn"_s;
        QCOMPARE(begrunnelsensMaalform(s, u"o1"_s), Maalform::Nynorsk);
        QCOMPARE(begrunnelsensMaalform(s, u"o9"_s), Maalform::Bokmaal);
    }

    // 8. The file name of a saved letter: saksnummer-dokumentnummer, type, recipient; safe characters.
    void fileNameOfASavedLetter()
    {
        QCOMPARE(pdfFilnavn(u"2026/123"_s, 5, u"bm5-avgjorelse"_s, Maalform::Bokmaal, u"Vangen sjukeheim"_s, false),
                 u"2026-123-5 Avgjørelse i tilsynssak Vangen sjukeheim.pdf"_s);
        QCOMPARE(pdfFilnavn(u"2026/123"_s, 5, u"bm5-avgjorelse"_s, Maalform::Nynorsk, u"Voss kommune, Vangen sjukeheim"_s, true),
                 u"2026-123-5 Avgjerd i tilsynssak Voss kommune, Vangen sjukeheim utkast.pdf"_s);
        QCOMPARE(pdfFilnavn(u"2026/123"_s, std::nullopt, u"kvittering"_s, Maalform::Bokmaal, u"Kari Nordmann"_s, false),
                 u"2026-123 Kvittering for mottatt henvendelse Kari Nordmann.pdf"_s);
        QCOMPARE(pdfFilnavn(QString(), 3, u"kvittering"_s, Maalform::Bokmaal, u"Kari Nordmann"_s, true),
                 u"Kvittering for mottatt henvendelse Kari Nordmann utkast.pdf"_s);
        QCOMPARE(pdfFilnavn(u"2026/7"_s, 1, u"bm5-varsel"_s, Maalform::Bokmaal, u"A/S \"Bra\" <x>|y?*:\\z\n\t"_s, false),
                 u"2026-7-1 Varsel om tilsynssak og anmodning om uttalelse A S Bra x y z.pdf"_s);
        const QString lang = pdfFilnavn(u"2026/7"_s, 1, u"bm5-varsel"_s, Maalform::Bokmaal, QString(300, u'x'), false);
        QCOMPARE(lang.size(), 124);
        QCOMPARE(pdfFilnavn(QString(), std::nullopt, u"ukjent"_s, Maalform::Bokmaal, u"../..//"_s, false), u"ukjent .. ...pdf"_s); // no "/" survives: no path
    }
};

QTEST_MAIN(TestBrevomtale)
#include "tst_brevomtale.moc"
