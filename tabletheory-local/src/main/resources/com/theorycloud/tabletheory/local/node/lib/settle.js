'use strict'
// dynalite answers CreateTable, DeleteTable and UpdateTable while the table is still CREATING, DELETING or
// UPDATING, and settles it in a timer afterwards (createTableMs & co.). Even with 0 ms that timer runs after the
// answer has left, so a client that writes right after CreateTable can be told "Requested resource not found" when
// the machine is busy (the put arrives before the ACTIVE state is stored). With a 0 ms setting we hold the answer
// until the table has settled, so "0" means what our options promise: ACTIVE (or gone) once the call returns.
// Non-zero settings keep dynalite's behaviour, for tests of code that waits for a table.

const SETTLE_LIMIT_MS = 10000

function tableSettled (store, name, expectGone, cb) {
  store.tableDb.get(name, function (err, table) {
    if (err && err.name !== 'NotFoundError' && err.code !== 'LEVEL_NOT_FOUND') return cb(err)
    if (err || table == null) return cb(null, expectGone)
    if (expectGone) return cb(null, false)
    const indexesActive = (table.GlobalSecondaryIndexes || []).every(index => index.IndexStatus === 'ACTIVE')
    cb(null, table.TableStatus === 'ACTIVE' && indexesActive)
  })
}

function waitUntilSettled (store, name, expectGone, cb) {
  const deadline = Date.now() + SETTLE_LIMIT_MS
  ;(function poll () {
    tableSettled(store, name, expectGone, function (err, settled) {
      // A store error or a table that never settles is reported by the next request, not by this one.
      if (err || settled || Date.now() > deadline) return cb()
      setTimeout(poll, 1)
    })
  })()
}

function settling (action, optionName, expectGone) {
  return function (store, data, cb) {
    if (store.options[optionName] !== 0) return action(store, data, cb)
    action(store, data, function (err, result) {
      if (err) return cb(err)
      waitUntilSettled(store, data.TableName, expectGone, () => cb(null, result))
    })
  }
}

// Replaces dynalite's action modules in Node's module cache before dynalite loads them, so that dynalite's own
// request handling (validation, locking, wire format) stays in charge.
function install () {
  const wrap = (name, optionName, expectGone) => {
    const path = require.resolve('dynalite/actions/' + name)
    require(path)
    const cached = require.cache[path]
    cached.exports = settling(cached.exports, optionName, expectGone)
  }
  wrap('createTable', 'createTableMs', false)
  wrap('deleteTable', 'deleteTableMs', true)
  wrap('updateTable', 'updateTableMs', false)
}

module.exports = { install, settling }
