#!/usr/bin/env node
'use strict'
// TableTheory's local DynamoDB: dynalite's own HTTP handler for everything it implements, plus the operations it
// lacks (TransactWriteItems, TransactGetItems, UpdateTimeToLive and a DescribeTimeToLive that reflects it).
// Started by com.theorycloud.tabletheory.local.LocalDynamoDb; prints one ready line on stdout once it listens.

const dynaliteDb = require('dynalite/db')
const wire = require('./lib/wire')
const transactions = require('./lib/transactions')
const timeToLive = require('./lib/time-to-live')
const settle = require('./lib/settle')

const READY_PREFIX = 'TABLETHEORY_LOCAL_DYNAMODB_READY'

function parseArgs (argv) {
  const options = { host: '127.0.0.1', port: 0, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 }
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '')
    const value = argv[i + 1]
    switch (name) {
    case 'host': options.host = value; i++; break
    case 'path': options.path = value; i++; break
    case 'port':
    case 'createTableMs':
    case 'deleteTableMs':
    case 'updateTableMs':
    case 'maxItemSizeKb':
      options[name] = Number(value); i++; break
    case 'verbose': options.verbose = true; break
    default:
      throw new Error('unknown option ' + argv[i])
    }
  }
  return options
}

// dynalite keeps its store private; wrapping db.create (at runtime, not by editing node_modules) is the one
// place where the store it builds can be seen, and our operations must share that store and its locks.
function captureStore (create) {
  let captured = null
  const original = dynaliteDb.create
  dynaliteDb.create = function (options) {
    captured = original.call(this, options)
    return captured
  }
  try {
    const server = create()
    return { server, store: captured }
  }
  finally {
    dynaliteDb.create = original
  }
}

function main () {
  const options = parseArgs(process.argv.slice(2))
  settle.install()
  const { server, store } = captureStore(() => require('dynalite')(options))
  if (store == null) throw new Error('dynalite did not create its store through dynalite/db.create')

  const handlers = {
    TransactWriteItems: transactions.transactWriteItems,
    TransactGetItems: transactions.transactGetItems,
    UpdateTimeToLive: timeToLive.updateTimeToLive,
    DescribeTimeToLive: timeToLive.describeTimeToLive,
  }

  const dynaliteHandler = server.listeners('request')[0]
  server.removeAllListeners('request')
  server.on('request', function (req, res) {
    const target = String(req.headers['x-amz-target'] || '').split('.')
    const handler = req.method === 'POST' && target.length === 2 && target[0] === 'DynamoDB_20120810'
      ? handlers[target[1]] : undefined
    if (!handler) return dynaliteHandler(req, res)
    wire.readJson(req, res, function (data) {
      function reply (err, result) {
        if (err && err.statusCode) return wire.send(req, res, err.body, err.statusCode)
        if (err) {
          console.error('[tabletheory-local] ' + target[1] + ' failed:', err)
          return wire.send(req, res, wire.internalError(err), 500)
        }
        wire.send(req, res, result, 200)
      }
      try {
        handler(store, data, reply)
      }
      catch (err) {
        // A bug in our extension answers 500 instead of taking down the server every test shares.
        reply(err)
      }
    })
  })

  // LevelDB opens lazily; open a data directory before reporting ready so that a directory locked by another
  // server fails the start instead of the first request.
  const opened = options.path && typeof store.db.open === 'function' ? store.db.open() : Promise.resolve()
  opened.then(function () {
    server.listen(options.port, options.host, function () {
      const address = server.address()
      console.log(READY_PREFIX + ' port=' + address.port + ' host=' + options.host +
        ' storage=' + (options.path ? 'path' : 'memory'))
    })
  }, function (err) {
    const cause = err && err.cause ? ' (' + err.cause.message + ')' : ''
    console.error('[tabletheory-local] cannot open the data directory ' + options.path + ': ' + err.message + cause +
      '. Is another server using it?')
    process.exit(1)
  })

  // The JVM holds our stdin open; when it goes away (even killed with SIGKILL) stdin closes and we follow.
  process.stdin.on('end', shutdown)
  process.stdin.on('error', shutdown)
  process.stdin.resume()
  process.on('SIGTERM', shutdown)
  process.on('SIGINT', shutdown)

  let closing = false
  function shutdown () {
    if (closing) return
    closing = true
    // Closing the server flushes the level store, which matters for a data directory.
    const timer = setTimeout(() => process.exit(0), 2000)
    timer.unref()
    server.close(() => process.exit(0))
    if (server.closeAllConnections) server.closeAllConnections()
  }
}

main()
