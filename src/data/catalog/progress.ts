// Progress cargo ships: the original 7K-TG (Salyut 6, Salyut 7, Mir), Progress M (Mir and ISS),
// Progress M1, Progress M-M and Progress MS (ISS). Progress MS-04 is already bundled and is not
// repeated here. Every flight is one row: name, launch, rocket, pad, dockings and end.
//
// Dates are UTC. A time is given only where it is known to the minute; otherwise the day.
// Undocking and end dates that are not known reliably are null.
import type { CatalogPart, ConfigurationEntry, DockingEntry, FlightEntry, SpacecraftEntry } from './types.ts';

const ENERGIA = 'S.P. Korolev Rocket and Space Corporation Energia';
const SOVIET = 'Soviet Space Program';
const ROSCOSMOS = 'Roscosmos State Corporation for Space Activities';
const ISS = 'International Space Station';

// Rockets and pads.
const U = 'Soyuz-U';
const FG = 'Soyuz-FG';
const A = 'Soyuz-2.1a';
const U2 = 'Soyuz-U2';
const P1 = "Site 1/5 (Gagarin's Start)";
const P31 = 'Site 31/6';

// Configurations.
const TG = 'Progress 7K-TG';
const M = 'Progress M';
const M1 = 'Progress M1';
const MM = 'Progress M-M';
const MS = 'Progress MS';

/** [port or null, docked, undocked or null] */
type Dock = [string | null, string, string | null];

interface Row {
  name: string;
  config: string;
  station: string;
  launched: string;
  rocket: string;
  pad: string;
  docks: Dock[];
  end: string | null;
  /** An extra sentence for the spacecraft and the launch. */
  note?: string;
  serial?: string | null;
  status?: 'Single Use' | 'Destroyed';
  outcome?: 'success' | 'failure';
  failreason?: string;
}

/** A row maker for one series and one station. */
const series =
  (config: string, station: string) =>
  (
    name: string,
    launched: string,
    rocket: string,
    pad: string,
    docks: Dock[],
    end: string | null,
    note?: string,
    extra: Partial<Row> = {},
  ): Row => ({ name, config, station, launched, rocket, pad, docks, end, note, ...extra });

const tg6 = series(TG, 'Salyut 6');
const tg7 = series(TG, 'Salyut 7');
const tgMir = series(TG, 'Mir');
const mMir = series(M, 'Mir');
const m1Mir = series(M1, 'Mir');
const mIss = series(M, ISS);
const m1Iss = series(M1, ISS);
const mm = series(MM, ISS);
const ms = series(MS, ISS);

// Docking ports.
const S6 = 'Salyut 6 aft';
const S7 = 'Salyut 7 aft';
const MIR_AFT = 'Mir core aft';
const MIR_FWD = 'Mir core forward';
const KV = 'Kvant-1 aft';
const ZA = 'Zvezda aft';
const PIRS = 'Pirs';
const POISK = 'Poisk';

const rows: Row[] = [
  // ---- Progress 7K-TG to Salyut 6 (aft port) ----
  tg6('Progress 1', '1978-01-20T08:24:00Z', U, P31, [[S6, '1978-01-22T10:12:00Z', '1978-02-06T05:54:00Z']], '1978-02-08T02:45:00Z',
    'It was the first Progress and the first automated cargo ship to resupply a space station.', { serial: '102' }),
  tg6('Progress 2', '1978-07-07', U, P31, [[S6, '1978-07-09', '1978-08-02']], '1978-08-04'),
  tg6('Progress 3', '1978-08-07', U, P31, [[S6, '1978-08-10', '1978-08-21']], '1978-08-23'),
  tg6('Progress 4', '1978-10-04', U, P31, [[S6, '1978-10-06', '1978-10-24']], '1978-10-26'),
  tg6('Progress 5', '1979-03-12T05:47:00Z', U, P31, [[S6, '1979-03-14T07:19:00Z', '1979-04-03T16:10:00Z']], '1979-04-05T01:04:00Z',
    'Besides cargo, it took on contaminated propellant drained from the station\'s damaged propulsion system.', { serial: '104' }),
  tg6('Progress 6', '1979-05-13', U, P31, [[S6, '1979-05-15', '1979-06-08']], '1979-06-09'),
  tg6('Progress 7', '1979-06-28T09:25:00Z', U, P31, [[S6, '1979-06-30T11:18:00Z', '1979-07-18T03:49:00Z']], '1979-07-20T01:57:00Z',
    'It brought up the KRT-10 radio telescope that the crew deployed from the aft port.', { serial: '107' }),
  tg6('Progress 8', '1980-03-27', U, P31, [[S6, '1980-03-29', '1980-04-25']], '1980-04-26'),
  tg6('Progress 9', '1980-04-27', U, P31, [[S6, '1980-04-29', '1980-05-20']], '1980-05-22'),
  tg6('Progress 10', '1980-06-29', U, P31, [[S6, '1980-07-01', '1980-07-17']], '1980-07-19'),
  tg6('Progress 11', '1980-09-28', U, P31, [[S6, '1980-09-30', '1980-12-09']], '1980-12-11'),
  tg6('Progress 12', '1981-01-24', U, P31, [[S6, '1981-01-26', '1981-03-19']], '1981-03-20',
    'It was the last Progress sent to Salyut 6.'),

  // ---- Progress 7K-TG to Salyut 7 (aft port) ----
  tg7('Progress 13', '1982-05-23T05:59:00Z', U, P31, [[S7, '1982-05-25T07:57:00Z', '1982-06-04T06:31:00Z']], '1982-06-06',
    'It was the first cargo ship to reach Salyut 7.'),
  tg7('Progress 14', '1982-07-10', U, P31, [[S7, '1982-07-12', '1982-08-10']], '1982-08-13'),
  tg7('Progress 15', '1982-09-18', U, P31, [[S7, '1982-09-20', '1982-10-14']], '1982-10-16'),
  tg7('Progress 16', '1982-10-31', U, P31, [[S7, '1982-11-02', '1982-12-13']], '1982-12-14'),
  tg7('Progress 17', '1983-08-17', U, P31, [[S7, '1983-08-19', '1983-09-17']], '1983-09-18'),
  tg7('Progress 18', '1983-10-20', U, P31, [[S7, '1983-10-22', '1983-11-13']], '1983-11-16'),
  tg7('Progress 19', '1984-02-21', U, P31, [[S7, '1984-02-23', '1984-03-31']], '1984-04-01'),
  tg7('Progress 20', '1984-04-15T08:13:00Z', U2, P31, [[S7, '1984-04-17T09:22:00Z', '1984-05-06T17:46:00Z']], '1984-05-07',
    'It was the first civilian payload of the Soyuz-U2 rocket.'),
  tg7('Progress 21', '1984-05-07', U, P31, [[S7, '1984-05-10', '1984-05-26']], '1984-05-26'),
  tg7('Progress 22', '1984-05-28', U, P31, [[S7, '1984-05-30', '1984-07-15']], '1984-07-15'),
  tg7('Progress 23', '1984-08-14', U, P31, [[S7, '1984-08-16', '1984-08-26']], '1984-08-28'),
  tg7('Progress 24', '1985-06-21', U, P31, [[S7, '1985-06-23', '1985-07-15']], '1985-07-15',
    'It restocked Salyut 7 after the Soyuz T-13 crew revived the station, and was the last Progress to visit it.'),

  // ---- Progress 7K-TG to Mir ----
  tgMir('Progress 25', '1986-03-19', U, P31, [[MIR_AFT, '1986-03-21', '1986-04-20']], '1986-04-21',
    'It was the first cargo ship to dock with Mir.'),
  tgMir('Progress 26', '1986-04-23', U, P31, [[MIR_AFT, '1986-04-26', '1986-06-22']], '1986-06-23'),
  tgMir('Progress 27', '1987-01-16', U, P31, [[MIR_AFT, '1987-01-18', '1987-02-23']], '1987-02-25'),
  tgMir('Progress 28', '1987-03-03', U, P31, [[MIR_AFT, '1987-03-05', '1987-03-26']], '1987-03-28'),
  tgMir('Progress 29', '1987-04-21', U, P31, [[KV, '1987-04-23', '1987-05-11']], '1987-05-11',
    'It was the first Progress to dock at the rear of the newly attached Kvant-1 module.'),
  tgMir('Progress 30', '1987-05-19', U, P31, [[KV, '1987-05-21', '1987-07-19']], '1987-07-19'),
  tgMir('Progress 31', '1987-08-03', U, P31, [[KV, '1987-08-05', '1987-09-21']], '1987-09-23'),
  tgMir('Progress 32', '1987-09-23', U, P31, [
    [KV, '1987-09-26T01:08Z', '1987-11-10T04:09Z'],
    [KV, '1987-11-10T05:47Z', '1987-11-17T19:24Z'],
  ], '1987-11-19', 'It backed away from Kvant-1 and docked again the same morning to try a more frugal approach.'),
  tgMir('Progress 33', '1987-11-20', U, P31, [[KV, '1987-11-23', '1987-12-19']], '1987-12-19'),
  tgMir('Progress 34', '1988-01-20', U, P31, [[KV, '1988-01-23', '1988-03-04']], '1988-03-04'),
  tgMir('Progress 35', '1988-03-23', U, P31, [[KV, '1988-03-25', '1988-05-05']], '1988-05-05'),
  tgMir('Progress 36', '1988-05-13', U, P31, [[KV, '1988-05-15', '1988-06-05']], '1988-06-05'),
  tgMir('Progress 37', '1988-07-18', U, P31, [[KV, '1988-07-20', '1988-08-12']], '1988-08-12'),
  tgMir('Progress 38', '1988-09-09', U, P31, [[KV, '1988-09-12', '1988-11-23']], '1988-11-23',
    'At about 75 days it was the longest flight of any first-generation Progress.'),
  tgMir('Progress 39', '1988-12-25', U, P31, [[KV, '1988-12-27', '1989-02-07']], '1989-02-07'),
  tgMir('Progress 40', '1989-02-10', U, P31, [[KV, '1989-02-12', '1989-03-03']], '1989-03-05'),
  tgMir('Progress 41', '1989-03-16', U, P31, [[KV, '1989-03-18', '1989-04-21']], '1989-04-25'),
  tgMir('Progress 42', '1990-05-05', U, P31, [[KV, '1990-05-07', '1990-05-27']], '1990-05-27',
    'It was the last first-generation Progress, flown after the Progress M had taken over.'),

  // ---- Progress M to Mir ----
  mMir('Progress M-1', '1989-08-23T03:09:00Z', U2, P1, [[MIR_FWD, '1989-08-25T05:19:00Z', '1989-12-01T09:02:00Z']], '1989-12-01',
    'It was the first Progress M, with solar arrays and a longer free-flight life, and the first Progress to dock at the front of Mir.', { serial: '201' }),
  mMir('Progress M-2', '1989-12-20', U, P1, [[null, '1989-12-22', '1990-02-09']], null),
  mMir('Progress M-3', '1990-02-28T23:10:00Z', U2, P1, [[KV, '1990-03-03T01:04:00Z', '1990-04-27T20:24:00Z']], '1990-04-28', undefined, { serial: '203' }),
  mMir('Progress M-4', '1990-08-15', U, P1, [[null, '1990-08-17', '1990-09-17']], null),
  mMir('Progress M-5', '1990-09-27T10:37:00Z', U2, P1, [[MIR_FWD, '1990-09-29T12:26:00Z', '1990-11-28T06:15:00Z']], '1990-11-28',
    'It carried the first Raduga capsule, which returned exposed film and samples to Earth before the ship burned up.'),
  mMir('Progress M-6', '1991-01-14', U, P1, [[null, '1991-01-16', '1991-03-15']], null),
  mMir('Progress M-7', '1991-03-19', U, P1, [[MIR_FWD, '1991-03-28', '1991-05-06']], null,
    'Two approaches to the Kvant-1 port were aborted, so it docked at the forward port a week after launch.'),
  mMir('Progress M-8', '1991-05-30', U, P1, [[null, '1991-06-01', '1991-08-15']], null),
  mMir('Progress M-9', '1991-08-20', U, P1, [[null, '1991-08-23', '1991-09-30']], null),
  mMir('Progress M-10', '1991-10-17T00:05:00Z', U2, P1, [[MIR_FWD, '1991-10-21T03:40:00Z', '1992-01-20T07:13:00Z']], '1992-01-20',
    'It was the last Progress launched by the Soviet Union, and its Raduga capsule came back to Earth after the ship was deorbited.', { serial: '211' }),
  mMir('Progress M-11', '1992-01-25', U, P1, [[null, '1992-01-27', '1992-03-13']], null),
  mMir('Progress M-12', '1992-04-19', U, P1, [[null, '1992-04-21', '1992-06-27']], null),
  mMir('Progress M-13', '1992-06-30', U, P1, [[null, '1992-07-04', '1992-07-24']], null),
  mMir('Progress M-14', '1992-08-15', U, P1, [[null, '1992-08-18', '1992-10-21']], null),
  mMir('Progress M-15', '1992-10-27', U, P31, [[null, '1992-10-29', '1993-02-04']], null,
    'After leaving Mir it unfurled Znamya 2, a 20-metre solar reflector, in a test of orbital mirrors.'),
  mMir('Progress M-16', '1993-02-21', U, P1, [
    [KV, '1993-02-23T20:17Z', '1993-03-26T06:50Z'],
    [KV, '1993-03-26T07:06Z', '1993-03-27T04:21Z'],
  ], '1993-03-27', 'Before leaving it undocked and docked again under the crew\'s remote control, a teleoperation test.'),
  mMir('Progress M-17', '1993-03-31', U, P1, [[null, '1993-04-02', '1993-08-11']], null),
  mMir('Progress M-18', '1993-05-22', U, P1, [[null, '1993-05-24', '1993-07-03']], null),
  mMir('Progress M-19', '1993-08-10', U, P1, [[null, '1993-08-13', '1993-10-12']], null),
  mMir('Progress M-20', '1993-10-11', U, P1, [[null, '1993-10-13', '1993-11-21']], null),
  mMir('Progress M-21', '1994-01-28', U, P1, [[null, '1994-01-30', '1994-03-23']], null),
  mMir('Progress M-22', '1994-03-22', U, P1, [[null, '1994-03-24', '1994-05-23']], null),
  mMir('Progress M-23', '1994-05-22', U, P1, [[null, '1994-05-24', '1994-07-02']], null),
  mMir('Progress M-24', '1994-08-25', U, P1, [[null, '1994-09-02', '1994-10-04']], null,
    'Its automatic dockings failed and one attempt bumped the station, so Yuri Malenchenko docked it by remote control with TORU.'),
  mMir('Progress M-25', '1994-11-11', U, P1, [[null, '1994-11-13', '1995-02-16']], null),
  mMir('Progress M-26', '1995-02-15', U, P1, [[null, '1995-02-17', '1995-03-15']], null),
  mMir('Progress M-27', '1995-04-09', U, P1, [[null, '1995-04-11', '1995-05-22']], null),
  mMir('Progress M-28', '1995-07-20', U, P1, [[null, '1995-07-22', '1995-09-04']], null),
  mMir('Progress M-29', '1995-10-08', U, P1, [[null, '1995-10-10', '1995-12-19']], null),
  mMir('Progress M-30', '1995-12-18', U, P1, [[null, '1995-12-20', '1996-02-22']], null),
  mMir('Progress M-31', '1996-03-05', U, P1, [[null, '1996-03-07', '1996-05-14']], null),
  mMir('Progress M-32', '1996-07-31', U, P1, [
    [MIR_FWD, '1996-08-02T22:03Z', '1996-08-18T09:33Z'],
    [KV, '1996-09-03T09:35Z', '1996-11-20T19:51Z'],
  ], '1996-11-20', 'It stood off the station for two weeks to free the forward port for Soyuz TM-24, then docked again at Kvant-1.'),
  mMir('Progress M-33', '1996-11-19', U, P1, [[null, '1996-11-22', '1997-02-06']], null),
  mMir('Progress M-34', '1997-04-06', U, P1, [[KV, '1997-04-08', '1997-06-24']], '1997-07-02',
    'During a remote-controlled redocking test on 25 June 1997 it struck the Spektr module, holing it and forcing the crew to seal Spektr off.'),
  mMir('Progress M-35', '1997-07-05', U, P1, [[null, '1997-07-07', '1997-08-06']], null,
    'It brought the repair equipment needed after the Spektr collision.'),
  mMir('Progress M-36', '1997-10-05', U, P1, [[null, '1997-10-08', '1997-12-17']], '1997-12-19'),
  mMir('Progress M-37', '1997-12-20', U, P1, [
    [KV, '1997-12-22T10:22Z', '1998-01-30T12:53Z'],
    [KV, '1998-02-23', '1998-03-15T19:16Z'],
  ], '1998-03-15', 'It flew alongside Mir for three weeks while Soyuz TM-27 held its port, then docked again at Kvant-1.'),
  mMir('Progress M-38', '1998-03-14', U, P1, [[null, '1998-03-17', '1998-05-15']], null),
  mMir('Progress M-39', '1998-05-14', U, P1, [[null, '1998-05-17', '1998-08-12']], null),
  mMir('Progress M-40', '1998-10-25', U, P1, [[null, '1998-10-27', '1999-02-04']], null,
    'After undocking it tried to unfold the 25-metre Znamya 2.5 reflector, which snagged on an antenna.'),
  mMir('Progress M-41', '1999-04-02', U, P1, [[null, '1999-04-04', '1999-07-17']], null),
  mMir('Progress M-42', '1999-07-16', U, P1, [[null, '1999-07-18', '2000-02-02']], null,
    'It stayed docked while Mir flew without a crew in the second half of 1999.'),
  m1Mir('Progress M1-1', '2000-02-01', U, P1, [[null, '2000-02-03', '2000-04-26']], null,
    'It was the first Progress M1, the tanker variant built for the ISS, flown first to Mir.'),
  m1Mir('Progress M1-2', '2000-04-25T20:08:00Z', U, P1, [[KV, '2000-04-27T21:29:00Z', '2000-10-15T18:10:00Z']], '2000-10-15',
    'It supported the last crew of Mir, Soyuz TM-30.'),
  mMir('Progress M-43', '2000-10-16', U, P1, [[null, '2000-10-18', '2001-01-25']], null,
    'It was the last Progress M to visit Mir.'),
  m1Mir('Progress M1-5', '2001-01-24', U, P1, [[KV, '2001-01-27', '2001-03-23']], '2001-03-23',
    'Its engines lowered the empty Mir into a controlled re-entry over the South Pacific on 23 March 2001.'),

  // ---- Progress M and M1 to the ISS ----
  m1Iss('Progress M1-3', '2000-08-06', U, P1, [[ZA, '2000-08-08', '2000-11-01']], null,
    'It was the first Progress to visit the International Space Station.'),
  m1Iss('Progress M1-4', '2000-11-16', U, P1, [['Zarya nadir', '2000-11-18', '2000-12-01'], ['Zarya nadir', '2000-12-26', '2001-02-08']], null,
    'Yuri Gidzenko docked it manually with TORU; it stood off the station during STS-97 and then docked again.'),
  mIss('Progress M-44', '2001-02-26', U, P1, [[ZA, '2001-02-28', '2001-04-16']], null),
  m1Iss('Progress M1-6', '2001-05-21', FG, P1, [[ZA, '2001-05-23', '2001-08-22']], null,
    'It was the payload of the first Soyuz-FG launch.'),
  mIss('Progress M-45', '2001-08-21', U, P1, [[ZA, '2001-08-23', '2001-11-22']], null),
  mIss('Progress M-SO1', '2001-09-14', U, P1, [[null, '2001-09-17', '2001-09-26']], null,
    'A stripped-down Progress that carried the Pirs docking compartment to Zvezda\'s nadir port and then left it there.'),
  m1Iss('Progress M1-7', '2001-11-26T18:24:00Z', FG, P1, [[ZA, '2001-11-28', '2002-03-19']], '2002-03-20',
    'A seal left behind by Progress M-45 stopped it from latching until a spacewalk cleared the port on 3 December; it also released the Kolibri-2000 microsatellite.'),
  m1Iss('Progress M1-8', '2002-03-21', FG, P1, [[ZA, '2002-03-24', '2002-06-25T08:26:00Z']], '2002-06-25'),
  mIss('Progress M-46', '2002-06-26', U, P1, [[ZA, '2002-06-29', '2002-09-24']], null),
  m1Iss('Progress M1-9', '2002-09-25', FG, P1, [[ZA, '2002-09-29', '2003-02-01']], null),
  mIss('Progress M-47', '2003-02-02', U, P1, [[ZA, '2003-02-04', '2003-08-28']], null,
    'It launched the day after the Columbia accident, when Progress became the station\'s only supply line.'),
  m1Iss('Progress M1-10', '2003-06-08T10:34:00Z', U, P1, [[PIRS, '2003-06-11', '2003-09-04']], null),
  mIss('Progress M-48', '2003-08-29', U, P1, [[ZA, '2003-08-31', '2004-01-28']], null),
  m1Iss('Progress M1-11', '2004-01-29', U, P1, [[ZA, '2004-01-31', '2004-05-24']], null,
    'It was the last Progress M1.'),
  mIss('Progress M-49', '2004-05-25', U, P1, [[ZA, '2004-05-27', '2004-07-30']], null),
  mIss('Progress M-50', '2004-08-11', U, P1, [[ZA, '2004-08-14', '2004-12-22']], null),
  mIss('Progress M-51', '2004-12-23', U, P1, [[ZA, '2004-12-25', '2005-02-27']], null),
  mIss('Progress M-52', '2005-02-28', U, P1, [[ZA, '2005-03-02', '2005-06-15']], null),
  mIss('Progress M-53', '2005-06-16', U, P1, [[ZA, '2005-06-19', '2005-09-07']], null),
  mIss('Progress M-54', '2005-09-08', U, P1, [[ZA, '2005-09-10', '2006-03-03']], null),
  mIss('Progress M-55', '2005-12-21', U, P1, [[PIRS, '2005-12-23', '2006-06-19']], null),
  mIss('Progress M-56', '2006-04-24', U, P1, [[ZA, '2006-04-26', '2006-09-19']], null),
  mIss('Progress M-57', '2006-06-24', U, P1, [[PIRS, '2006-06-26', '2007-01-16']], null),
  mIss('Progress M-58', '2006-10-23', U, P1, [[ZA, '2006-10-26', '2007-03-27']], null),
  mIss('Progress M-59', '2007-01-18', U, P1, [[PIRS, '2007-01-20', '2007-08-01']], null),
  mIss('Progress M-60', '2007-05-12', U, P1, [[ZA, '2007-05-15T05:10:00Z', '2007-09-19T00:37:00Z']], '2007-09-25'),
  mIss('Progress M-61', '2007-08-02', U, P1, [[PIRS, '2007-08-05', '2007-12-22']], null),
  mIss('Progress M-62', '2007-12-23', U, P1, [[PIRS, '2007-12-26', '2008-02-04']], null),
  mIss('Progress M-63', '2008-02-05', U, P1, [[PIRS, '2008-02-07', '2008-04-07']], null),
  mIss('Progress M-64', '2008-05-14', U, P1, [[PIRS, '2008-05-16', '2008-09-01']], null),
  mIss('Progress M-65', '2008-09-10', U, P1, [[PIRS, '2008-09-17', '2008-11-14']], null,
    'Its docking was put off for several days while Hurricane Ike closed mission control in Houston.'),
  mIss('Progress M-66', '2009-02-10T05:49:00Z', U, P31, [[PIRS, '2009-02-13T07:18:00Z', '2009-05-06T15:18:00Z']], '2009-05-18',
    'After undocking it flew twelve more days for Plazma-Progress ionosphere experiments.', { serial: '366' }),
  mIss('Progress M-67', '2009-07-24T10:56:00Z', U, P1, [[ZA, '2009-07-29T11:12:00Z', '2009-09-21T07:25:00Z']], '2009-09-27',
    'It waited five days in free flight for Endeavour to leave, and was the last of the original Progress M model.', { serial: '367' }),
  mIss('Progress M-MIM2', '2009-11-10', U, P1, [[null, '2009-11-12', '2009-12-08']], null,
    'A Progress service module that delivered the Poisk module to Zvezda\'s zenith port and then separated from it.'),

  // ---- Progress M-M (digital avionics) to the ISS ----
  mm('Progress M-01M', '2008-11-26T12:38:00Z', U, P1, [[PIRS, '2008-11-30T12:28:00Z', '2009-02-06']], null,
    'The first Progress with the new digital flight computer; after a Kurs problem the crew docked it manually with TORU.'),
  mm('Progress M-02M', '2009-05-07', U, P1, [[PIRS, '2009-05-12T19:24:00Z', '2009-06-30']], null),
  mm('Progress M-03M', '2009-10-15', U, P1, [[PIRS, '2009-10-18T01:41:00Z', '2010-04-22T16:33:00Z']], '2010-04-27'),
  mm('Progress M-04M', '2010-02-03T03:45:00Z', U, P1, [[ZA, '2010-02-05T04:26:00Z', '2010-05-10T11:16:00Z']], '2010-07-01',
    'After undocking it spent about seven weeks as a platform for geophysical experiments before its deorbit burn.'),
  mm('Progress M-05M', '2010-04-28T17:15:00Z', U, P1, [[PIRS, '2010-05-01T18:30:00Z', '2010-10-25T14:25:00Z']], '2010-11-15',
    'Its Kurs system failed about a kilometre out and Oleg Kotov flew it in by hand with TORU.'),
  mm('Progress M-06M', '2010-06-30T15:35:00Z', U, P1, [[ZA, '2010-07-04T16:17:00Z', '2010-08-31T11:25:00Z']], '2010-09-06',
    'Its first docking attempt was called off when the Kurs link was lost; the second, two days later, succeeded.'),
  mm('Progress M-07M', '2010-09-10T10:22:00Z', U, P1, [[ZA, '2010-09-12T11:58:00Z', '2011-02-20T13:12:00Z']], '2011-02-20'),
  mm('Progress M-08M', '2010-10-27T15:11:00Z', U, P1, [[PIRS, '2010-10-30T16:36:00Z', '2011-01-24T00:42:00Z']], '2011-01-24'),
  mm('Progress M-09M', '2011-01-28', U, P1, [[PIRS, '2011-01-30', '2011-04-22']], '2011-04-26'),
  mm('Progress M-10M', '2011-04-27T13:05:00Z', U, P1, [[PIRS, '2011-04-29T14:29:00Z', '2011-10-29T09:04:00Z']], '2011-10-29'),
  mm('Progress M-11M', '2011-06-21T14:38:00Z', U, P1, [[ZA, '2011-06-23T16:37:00Z', '2011-08-23T09:38:00Z']], null),
  mm('Progress M-12M', '2011-08-24', U, P1, [], '2011-08-24',
    'It never reached orbit: the third stage of its Soyuz-U shut down early and the ship fell in the Altai region.',
    { status: 'Destroyed', outcome: 'failure',
      failreason: 'The third-stage engine shut down about five minutes into flight after a blocked fuel line starved its gas generator.' }),
  mm('Progress M-13M', '2011-10-30T10:11:00Z', U, P1, [[PIRS, '2011-11-02', '2012-01-23']], null,
    'After undocking it released the Chibis-M microsatellite.'),
  mm('Progress M-14M', '2012-01-25', U, P1, [[PIRS, '2012-01-28', '2012-04-19T11:04:00Z']], '2012-04-28'),
  mm('Progress M-15M', '2012-04-20', U, P1, [[PIRS, '2012-04-22', '2012-07-22'], [PIRS, '2012-07-28', '2012-07-30']], null,
    'It backed away in July 2012 to test the new Kurs-NA system; the first redocking was aborted and the second succeeded.'),
  mm('Progress M-16M', '2012-08-01T19:35:00Z', U, P1, [[PIRS, '2012-08-02T01:24:00Z', '2013-02-09T13:15:00Z']], '2013-02-09',
    'It was the first Progress to reach the station on the six-hour, four-orbit rendezvous.'),
  mm('Progress M-17M', '2012-10-31', U, P1, [[ZA, '2012-10-31', '2013-04-15T12:03:00Z']], '2013-04-21'),
  mm('Progress M-18M', '2013-02-11', U, P1, [[PIRS, '2013-02-11', '2013-07-25']], null),
  mm('Progress M-19M', '2013-04-24', U, P1, [[ZA, '2013-04-26', '2013-06-11']], '2013-06-19',
    'One of its Kurs antennas did not deploy, but it still docked automatically.'),
  mm('Progress M-20M', '2013-07-27T20:45:00Z', U, P31, [[PIRS, '2013-07-28T02:26:00Z', '2014-02-03']], null),
  mm('Progress M-21M', '2013-11-25', U, P1, [[ZA, '2013-11-29', '2014-04-23'], [ZA, '2014-04-25', '2014-06-09T13:30:00Z']], '2014-06-09',
    'It carried the Kurs-NA rendezvous system and backed off in April 2014 to test it again before redocking.'),
  mm('Progress M-22M', '2014-02-05T16:23:00Z', U, P1, [[PIRS, '2014-02-05', '2014-04-07T13:58:00Z']], null),
  mm('Progress M-23M', '2014-04-09T15:26:00Z', U, P1, [[PIRS, '2014-04-09T21:14:00Z', '2014-07-21T21:44:00Z']], '2014-07-31'),
  mm('Progress M-24M', '2014-07-23T21:44:00Z', U, P1, [[PIRS, '2014-07-24', '2014-10-27T05:38:00Z']], null),
  mm('Progress M-25M', '2014-10-29T07:09:00Z', A, P31, [[PIRS, '2014-10-29T13:08:00Z', '2015-04-25T06:41:00Z']], '2015-04-26',
    'It was the first Progress launched on a Soyuz-2.1a.'),
  mm('Progress M-26M', '2015-02-17T11:00:00Z', U, P1, [[ZA, '2015-02-17', '2015-08-14T10:19:00Z']], '2015-08-14'),
  mm('Progress M-27M', '2015-04-28', A, P31, [], '2015-05-08',
    'It reached orbit tumbling and out of contact after trouble at separation from the third stage, and re-entered unused on 8 May.',
    { status: 'Destroyed' }),
  mm('Progress M-28M', '2015-07-03T04:55:00Z', U, P1, [[PIRS, '2015-07-05T07:11:00Z', '2015-12-19']], null,
    'It restored the supply line after the loss of Progress M-27M and SpaceX CRS-7.'),
  mm('Progress M-29M', '2015-10-01', U, P1, [[ZA, '2015-10-01', '2016-03-30T14:15:00Z']], '2016-04-08',
    'It was the last Progress M-M.'),

  // ---- Progress MS to the ISS (MS-04 is bundled) ----
  ms('Progress MS-01', '2015-12-21', A, P31, [[PIRS, '2015-12-23T10:27:00Z', '2016-07-03']], null,
    'It was the first Progress MS, with the Kurs-NA system and a relay link through the Luch satellites.'),
  ms('Progress MS-02', '2016-03-31T16:23:00Z', A, P31, [[ZA, '2016-04-02', '2016-10-14']], '2016-10-14'),
  ms('Progress MS-03', '2016-07-16T21:41:00Z', U, P31, [[PIRS, '2016-07-19T00:20:00Z', '2017-01-31']], '2017-01-31',
    'It was the first Progress MS with the external bay for releasing small satellites.', { serial: '433' }),
  ms('Progress MS-05', '2017-02-22T05:58:00Z', U, P1, [[PIRS, '2017-02-24', '2017-07-20']], '2017-07-20',
    'It flew on the last Soyuz-U.'),
  ms('Progress MS-06', '2017-06-14T09:20:00Z', A, P31, [[ZA, '2017-06-16', '2017-12-28']], '2017-12-28'),
  ms('Progress MS-07', '2017-10-14T08:46:00Z', A, P31, [[PIRS, '2017-10-16', '2018-03-28']], '2018-03-28'),
  ms('Progress MS-08', '2018-02-13T08:13:00Z', A, P31, [[ZA, '2018-02-15', '2018-08-23']], null),
  ms('Progress MS-09', '2018-07-09T21:51:00Z', A, P31, [[PIRS, '2018-07-10', '2019-01-25']], '2019-01-25',
    'It reached the station in under four hours on the first two-orbit rendezvous.'),
  ms('Progress MS-10', '2018-11-16T18:14:00Z', FG, P31, [[ZA, '2018-11-18', '2019-06-04']], '2019-06-04',
    'It flew on a Soyuz-FG five weeks after the Soyuz MS-10 launch abort.'),
  ms('Progress MS-11', '2019-04-04T11:01:00Z', A, P31, [[PIRS, '2019-04-04', '2019-07-29']], '2019-07-29'),
  ms('Progress MS-12', '2019-07-31T12:10:00Z', A, P31, [[PIRS, '2019-07-31', '2019-11-29']], '2019-11-29'),
  ms('Progress MS-13', '2019-12-06T09:34:00Z', A, P31, [[PIRS, '2019-12-09T10:35:00Z', '2020-07-08T18:22:00Z']], '2020-07-08T22:05:00Z',
    undefined, { serial: '443' }),
  ms('Progress MS-14', '2020-04-25T01:51:00Z', A, P31, [[ZA, '2020-04-25T05:12:00Z', '2021-04-28']], null,
    'It docked about three and a half hours after launch.'),
  ms('Progress MS-15', '2020-07-23T14:26:00Z', A, P31, [[PIRS, '2020-07-23', '2021-02-09']], '2021-02-09'),
  ms('Progress MS-16', '2021-02-15', A, P31, [[PIRS, '2021-02-17', '2021-07-26']], '2021-07-26',
    'It pulled the Pirs docking compartment away from the station, and both burned up together to make room for Nauka.'),
  ms('Progress MS-17', '2021-06-29T23:27:00Z', A, P31,
    [[POISK, '2021-07-02T00:59:00Z', '2021-10-20T23:42:00Z'], ['Nauka nadir', '2021-10-22T04:23:00Z', '2021-11-25']], '2021-11-25',
    'It moved from Poisk to Nauka\'s nadir port to prepare that port for the arrival of Prichal.'),
  ms('Progress MS-18', '2021-10-28T00:00:00Z', A, P31, [[ZA, '2021-10-30', '2022-06-01']], '2022-06-01'),
  ms('Progress MS-19', '2022-02-15', A, P31, [[POISK, '2022-02-17', '2022-10-23']], '2022-10-23'),
  ms('Progress MS-20', '2022-06-03', A, P31, [[ZA, '2022-06-03', '2023-02-07']], '2023-02-07'),
  ms('Progress MS-21', '2022-10-26', A, P31, [[POISK, '2022-10-28', '2023-02-18T02:26:00Z']], '2023-02-19',
    'Its coolant loop lost pressure in February 2023, two months after a similar leak on Soyuz MS-22.'),
  ms('Progress MS-22', '2023-02-09T06:15:00Z', A, P31, [[ZA, '2023-02-11T08:45:00Z', '2023-08-20T23:50:00Z']], '2023-08-21',
    undefined, { serial: '452' }),
  ms('Progress MS-23', '2023-05-24', A, P31, [[POISK, '2023-05-24', '2023-11-29T07:55:00Z']], '2023-11-29',
    'It docked on the day of its launch.'),
  ms('Progress MS-24', '2023-08-23', A, P31, [[ZA, '2023-08-25', '2024-02-13T02:09:00Z']], '2024-02-13'),
  ms('Progress MS-25', '2023-12-01', A, P31, [[POISK, '2023-12-03', '2024-05-28T08:39:00Z']], '2024-05-28'),
  ms('Progress MS-26', '2024-02-15', A, P31, [[ZA, '2024-02-17', '2024-08-13']], '2024-08-13'),
  ms('Progress MS-27', '2024-05-30', A, P31, [[POISK, '2024-06-01', '2024-11-19T12:53:00Z']], '2024-11-19'),
  ms('Progress MS-28', '2024-08-15T03:20:00Z', A, P31, [[ZA, '2024-08-17', '2025-02-25']], null,
    'It brought up the SPIN-X1-MVN X-ray spectrometer that cosmonauts mounted outside Zvezda.', { serial: '458' }),
  ms('Progress MS-29', '2024-11-21T12:22:00Z', A, P31, [[POISK, '2024-11-23T14:31:00Z', '2025-07-01T18:43:00Z']], '2025-07-01'),
  // It left after the catalog's cut-off, but before the snapshot: not docked any more.
  ms('Progress MS-30', '2025-02-27', A, P31, [[ZA, '2025-03-01', '2025-09-09T15:45Z']], '2025-09-09'),
  ms('Progress MS-31', '2025-07-03T19:32:00Z', A, P31, [[POISK, '2025-07-05', null]], null, undefined, { serial: '461' }),
];

// ---- Building the records ----

const stationPhrase = (station: string) => (station === ISS ? 'the International Space Station' : station);

const spacecraftOf = (r: Row): SpacecraftEntry => ({
  name: r.name,
  serial: r.serial ?? null,
  config: r.config,
  status: r.status ?? 'Single Use',
  description:
    `An uncrewed ${r.config} freighter that carried dry cargo, propellant and water to ${stationPhrase(r.station)}.` +
    (r.note ? ` ${r.note}` : ''),
});

const launchText = (r: Row): string => {
  const base = `Uncrewed ${r.rocket} launch of the ${r.name} cargo ship to ${stationPhrase(r.station)}.`;
  return r.note ? `${base} ${r.note}` : base;
};

const flightOf = (r: Row): FlightEntry => {
  const year = Number(r.launched.slice(0, 4));
  const dockings: DockingEntry[] = r.docks.map(([port, docked, undocked]) => ({
    station: r.station,
    port,
    docked,
    undocked,
  }));
  return {
    spacecraft: r.name,
    launch: {
      mission: r.name,
      net: r.launched,
      rocket: r.rocket,
      pad: r.pad,
      outcome: r.outcome ?? 'success',
      provider: year < 1992 ? SOVIET : ROSCOSMOS,
      type: 'Resupply',
      description: launchText(r),
      ...(r.failreason ? { failreason: r.failreason } : {}),
      ...(r.station === ISS ? { programs: [ISS] } : {}),
    },
    destination: r.station,
    end: r.end,
    landing: null,
    ...(dockings.length ? { dockings } : {}),
  };
};

// ---- Configurations ----

const config = (c: Omit<ConfigurationEntry, 'family' | 'agency' | 'type' | 'humanRated' | 'crewCapacity'>): ConfigurationEntry => ({
  family: 'Progress',
  agency: ENERGIA,
  type: 'Cargo Resupply',
  humanRated: false,
  crewCapacity: null,
  ...c,
});

const configurations: ConfigurationEntry[] = [
  config({
    name: TG,
    inUse: false,
    capability: 'Uncrewed resupply and refuelling of the Salyut 6, Salyut 7 and Mir stations',
    history:
      'The first Progress, derived from the Soyuz 7K-T ferry, flew 43 times between 1978 and 1990 and made the long Salyut 6, Salyut 7 and early Mir expeditions possible.',
    details:
      'A Soyuz with the descent module replaced by a tank section for refuelling the station; it had no solar arrays and ran on batteries, so its free flight was limited to a few days.',
    maidenFlight: '1978-01-20',
    height: 7.48,
    diameter: 2.72,
    payloadCapacity: 2300,
    payloadReturnCapacity: null,
    flightLife: 'About a month, most of it docked',
    wikiLink: 'https://en.wikipedia.org/wiki/Progress_7K-TG',
  }),
  config({
    name: M,
    inUse: false,
    capability: 'Uncrewed resupply, refuelling and reboost of Mir and the International Space Station',
    history:
      'The Progress M replaced the original ship in 1989, served Mir until 2000 and the ISS until 2009, and some flights carried a Raduga capsule that returned small cargo to Earth.',
    details:
      'Built on the Soyuz TM systems, with solar arrays, the Kurs rendezvous system and the ability to dock at either end of Mir.',
    maidenFlight: '1989-08-23',
    height: null,
    diameter: 2.72,
    payloadCapacity: null,
    payloadReturnCapacity: null,
    flightLife: 'Several months docked',
    wikiLink: 'https://en.wikipedia.org/wiki/Progress_M',
  }),
  config({
    name: M1,
    inUse: false,
    capability: 'Uncrewed resupply and refuelling of Mir and the International Space Station, with extra propellant',
    history:
      'A tanker version of the Progress M developed for the ISS; it flew eleven times between 2000 and 2004, including the ship that deorbited Mir.',
    details:
      'The refuelling section carried eight propellant tanks instead of the water tanks of the Progress M, which were moved into the cargo module.',
    maidenFlight: '2000-02-01',
    height: null,
    diameter: 2.72,
    payloadCapacity: 2230,
    payloadReturnCapacity: null,
    flightLife: 'Several months docked',
    wikiLink: 'https://en.wikipedia.org/wiki/Progress_M1',
  }),
  config({
    name: MM,
    inUse: false,
    capability: 'Uncrewed resupply, refuelling and reboost of the International Space Station',
    history:
      'The modernized Progress M with a digital flight computer flew 29 times from 2008 to 2015 and introduced the fast same-day rendezvous with the ISS.',
    details:
      'The analog control system of the Progress M was replaced by the TsVM-101 digital computer and lighter avionics, raising the cargo it could carry.',
    maidenFlight: '2008-11-26',
    height: null,
    diameter: 2.72,
    payloadCapacity: null,
    payloadReturnCapacity: null,
    flightLife: 'Several months docked',
    wikiLink: 'https://en.wikipedia.org/wiki/Progress_M-M',
  }),
];

export const part: CatalogPart = {
  configurations,
  spacecraft: rows.map(spacecraftOf),
  flights: rows.map(flightOf),
};
