'use strict'
// TransactWriteItems and TransactGetItems on top of dynalite's store.
//
// Every action is validated by dynalite's own per-action validator (putItem, updateItem, deleteItem, getItem),
// then all touched keys are locked in one global order (so two transactions never deadlock), then every write
// action is executed by dynalite's own action code against a staging view of the store that reads the real data
// but only records writes. Only when every condition passed are the recorded writes applied; otherwise nothing is.

const crypto = require('crypto')
const validations = require('dynalite/validations')
const db = require('dynalite/db')
const putItem = require('dynalite/actions/putItem')
const updateItem = require('dynalite/actions/updateItem')
const deleteItem = require('dynalite/actions/deleteItem')
const getItem = require('dynalite/actions/getItem')
const wire = require('./wire')

const MAX_ACTIONS = 100
const IDEMPOTENCY_WINDOW_MS = 10 * 60 * 1000

const WRITE_KINDS = {
  Put: { validation: require('dynalite/validations/putItem'), run: putItem },
  Update: { validation: require('dynalite/validations/updateItem'), run: updateItem },
  Delete: { validation: require('dynalite/validations/deleteItem'), run: deleteItem },
  ConditionCheck: { validation: require('dynalite/validations/deleteItem'), run: null },
}
const GET_VALIDATION = require('dynalite/validations/getItem')

// ---------------------------------------------------------------------------------------------- validation

function checkActionCount (items) {
  if (items == null) {
    throw wire.validationError('1 validation error detected: Value null at \'transactItems\' failed to satisfy ' +
      'constraint: Member must not be null')
  }
  if (!Array.isArray(items)) {
    throw wire.error('com.amazon.coral.service#SerializationException', 'TransactItems must be a list')
  }
  if (items.length < 1 || items.length > MAX_ACTIONS) {
    throw wire.validationError('1 validation error detected: Value \'' + summarize(items) + '\' at ' +
      '\'transactItems\' failed to satisfy constraint: Member must have length ' +
      (items.length < 1 ? 'greater than or equal to 1' : 'less than or equal to ' + MAX_ACTIONS))
  }
}

function summarize (items) {
  return '[' + items.slice(0, 3).map(() => 'TransactItem').join(', ') + (items.length > 3 ? ', ...' : '') + ']'
}

// Runs dynalite's validator for one action; returns dynalite's normalized copy (with parsed expressions).
function validateWith (validation, raw, store) {
  const data = validations.checkTypes(Object.assign({}, raw), validation.types)
  validations.checkValidations(data, validation.types, validation.custom, store)
  return data
}

function returnValuesOnFailure (raw) {
  const value = raw.ReturnValuesOnConditionCheckFailure
  if (value == null) return 'NONE'
  if (value !== 'ALL_OLD' && value !== 'NONE') {
    throw wire.validationError('1 validation error detected: Value \'' + value + '\' at ' +
      '\'returnValuesOnConditionCheckFailure\' failed to satisfy constraint: Member must satisfy enum value set: ' +
      '[ALL_OLD, NONE]')
  }
  return value
}

function parseWriteAction (entry, store) {
  if (entry == null || typeof entry !== 'object') {
    throw wire.validationError('TransactItems can only contain one of Check, Put, Update or Delete')
  }
  const kinds = Object.keys(WRITE_KINDS).filter((kind) => entry[kind] != null)
  if (kinds.length !== 1) {
    throw wire.validationError(kinds.length === 0
      ? 'Invalid Request: TransactWriteRequest should contain Delete or Put or Update request'
      : 'TransactItems can only contain one of Check, Put, Update or Delete')
  }
  const kind = kinds[0]
  const raw = entry[kind]
  const rvOnFailure = returnValuesOnFailure(raw)
  if (kind === 'Update' && raw.UpdateExpression == null) {
    throw wire.validationError('1 validation error detected: Value null at \'transactItems.member.update.updateExpression\' ' +
      'failed to satisfy constraint: Member must not be null')
  }
  if (kind === 'ConditionCheck' && raw.ConditionExpression == null) {
    throw wire.validationError('1 validation error detected: Value null at ' +
      '\'transactItems.member.conditionCheck.conditionExpression\' failed to satisfy constraint: Member must not be null')
  }
  // Transactions take expressions only; the legacy parameters are not part of their request shape.
  const stripped = Object.assign({}, raw)
  delete stripped.ReturnValuesOnConditionCheckFailure
  delete stripped.ReturnValues
  delete stripped.Expected
  delete stripped.ConditionalOperator
  delete stripped.AttributeUpdates
  const data = validateWith(WRITE_KINDS[kind].validation, stripped, store)
  return { kind, data, rvOnFailure }
}

function parseGetAction (entry, store) {
  if (entry == null || typeof entry !== 'object' || entry.Get == null) {
    throw wire.validationError('1 validation error detected: Value null at \'transactItems.member.get\' ' +
      'failed to satisfy constraint: Member must not be null')
  }
  const raw = Object.assign({}, entry.Get)
  delete raw.AttributesToGet
  delete raw.ConsistentRead
  return { kind: 'Get', data: validateWith(GET_VALIDATION, raw, store) }
}

// Resolves each action's table, checks its key against the schema and computes the storage key dynalite uses.
function resolveTargets (store, actions, cb) {
  let i = 0
  const seen = new Set()
  next()
  function next () {
    if (i === actions.length) return cb(null)
    const action = actions[i++]
    store.getTable(action.data.TableName, false, function (err, table) {
      if (err) return cb(err)
      const source = action.kind === 'Put' ? action.data.Item : action.data.Key
      const invalid = action.kind === 'Put'
        ? db.validateItem(source, table)
        : db.validateKey(source, table) ||
          (action.kind === 'Update' ? db.validateUpdates(null, action.data._updates, table) : null) ||
          (action.kind === 'Get' ? db.validateKeyPaths((action.data._projection || {}).nestedPaths, table) : null)
      if (invalid) return cb(invalid)
      action.table = table
      action.key = db.createKey(source, table)
      const identity = table.TableName + '\u0000' + action.key
      if (seen.has(identity)) {
        return cb(wire.validationError('Transaction request cannot include multiple operations on one item'))
      }
      seen.add(identity)
      setImmediate(next)
    })
  }
}

// ---------------------------------------------------------------------------------------------- locking

// Locks every touched key, one at a time in (table, key) order, so that concurrent transactions cannot deadlock.
// dynalite's single-item writes take the same per-table locks, so they never interleave with a transaction.
function lockAll (store, actions, cb) {
  const ordered = actions.slice().sort((a, b) => {
    if (a.table.TableName !== b.table.TableName) return a.table.TableName < b.table.TableName ? -1 : 1
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
  })
  const releases = []
  let i = 0
  next()
  function next () {
    if (i === ordered.length) return cb(unlockAll)
    const action = ordered[i++]
    store.getItemDb(action.table.TableName).lock(action.key, function (release) {
      releases.push(release)
      next()
    })
  }
  function unlockAll () {
    releases.splice(0).reverse().forEach((release) => release(() => {})())
  }
}

// ---------------------------------------------------------------------------------------------- staging

// A view of the store for dynalite's actions: reads go to the real data, writes are only recorded, and the item
// lock is a pass-through because the transaction already holds it.
function stagingStore (store, writes) {
  function recording (realDb) {
    return {
      lock: (key, fn) => fn((done) => done),
      get: (key, cb) => realDb.get(key, cb),
      put: (key, value, cb) => { writes.push({ realDb, type: 'put', key, value }); setImmediate(cb) },
      del: (key, cb) => { writes.push({ realDb, type: 'del', key }); setImmediate(cb) },
    }
  }
  return {
    options: store.options,
    getTable: store.getTable,
    getItemDb: (name) => recording(store.getItemDb(name)),
    getIndexDb: (type, table, index) => recording(store.getIndexDb(type, table, index)),
  }
}

function applyWrites (writes, cb) {
  let i = 0
  next()
  function next () {
    if (i === writes.length) return cb(null)
    const write = writes[i++]
    const done = (err) => (err ? cb(err) : next())
    if (write.type === 'put') write.realDb.put(write.key, write.value, done)
    else write.realDb.del(write.key, done)
  }
}

function readItem (store, action, cb) {
  store.getItemDb(action.table.TableName).get(action.key, function (err, item) {
    if (err && err.name !== 'NotFoundError') return cb(err)
    cb(null, item || null)
  })
}

function isConditionalFailure (err) {
  return err && err.body && /#ConditionalCheckFailedException$/.test(err.body.__type)
}

function isValidationFailure (err) {
  return err && err.body && /#ValidationException$/.test(err.body.__type)
}

// Runs one write action against the staging store and reports its cancellation reason.
function evaluate (store, action, writes, cb) {
  readItem(store, action, function (err, existing) {
    if (err) return cb(err)
    const failed = (code, message) => {
      const reason = { Code: code, Message: message }
      if (code === 'ConditionalCheckFailed' && existing && action.rvOnFailure === 'ALL_OLD') reason.Item = existing
      cb(null, reason)
    }
    if (action.kind === 'ConditionCheck') {
      const invalid = db.checkConditional(action.data, existing)
      return invalid ? failed('ConditionalCheckFailed', 'The conditional request failed') : cb(null, { Code: 'None' })
    }
    const ownWrites = []
    WRITE_KINDS[action.kind].run(stagingStore(store, ownWrites), action.data, function (err) {
      if (isConditionalFailure(err)) return failed('ConditionalCheckFailed', 'The conditional request failed')
      if (isValidationFailure(err)) return failed('ValidationError', err.body.message)
      if (err) return cb(err)
      writes.push(...ownWrites)
      cb(null, { Code: 'None' })
    })
  })
}

function cancellation (reasons) {
  const codes = reasons.map((reason) => reason.Code)
  const message = 'Transaction cancelled, please refer cancellation reasons for specific reasons [' +
    codes.join(', ') + ']'
  const err = new Error(message)
  err.statusCode = 400
  err.body = {
    __type: wire.DYNAMODB + 'TransactionCanceledException',
    CancellationReasons: reasons.map((reason) => {
      if (reason.Code === 'None') return { Code: 'None' }
      const wireReason = { Code: reason.Code }
      if (reason.Item) wireReason.Item = reason.Item
      wireReason.Message = reason.Message
      return wireReason
    }),
    Message: message,
  }
  return err
}

// ---------------------------------------------------------------------------------------------- idempotency

const recentTokens = new Map()

function checkToken (data) {
  const token = data.ClientRequestToken
  if (token == null) return { replay: false, remember: () => {} }
  if (typeof token !== 'string' || token.length < 1 || token.length > 36) {
    throw wire.validationError('1 validation error detected: Value \'' + token + '\' at \'clientRequestToken\' ' +
      'failed to satisfy constraint: Member must have length less than or equal to 36')
  }
  const now = Date.now()
  // Insertion order is time order, so expired tokens are all at the front.
  for (const [key, entry] of recentTokens) {
    if (now - entry.at <= IDEMPOTENCY_WINDOW_MS) break
    recentTokens.delete(key)
  }
  // The SDK fills in a token for every call, so keep a digest rather than the (up to 100 x 400 KB) request.
  const fingerprint = crypto.createHash('sha256').update(JSON.stringify(data.TransactItems)).digest('hex')
  const previous = recentTokens.get(token)
  if (previous && previous.fingerprint !== fingerprint) {
    throw wire.error(wire.DYNAMODB + 'IdempotentParameterMismatchException',
      'Request parameters do not match the previous request with the same ClientRequestToken')
  }
  return {
    replay: previous != null,
    remember: () => {
      recentTokens.delete(token)
      recentTokens.set(token, { fingerprint, at: now })
    },
  }
}

// ---------------------------------------------------------------------------------------------- operations

function transactWriteItems (store, data, cb) {
  let actions, token
  try {
    checkActionCount(data.TransactItems)
    token = checkToken(data)
    actions = data.TransactItems.map((entry) => parseWriteAction(entry, store))
  }
  catch (err) {
    return cb(err)
  }
  if (token.replay) return cb(null, {})

  resolveTargets(store, actions, function (err) {
    if (err) return cb(err)
    lockAll(store, actions, function (unlockAll) {
      const done = (err, result) => { unlockAll(); cb(err, result) }
      const writes = []
      const reasons = []
      let i = 0
      next()
      function next () {
        if (i < actions.length) {
          try {
            return evaluate(store, actions[i++], writes, function (err, reason) {
              if (err) return done(err)
              reasons.push(reason)
              next()
            })
          }
          catch (err) {
            // Never leave keys locked: a stuck lock would hang every later write to those items.
            return done(err)
          }
        }
        if (reasons.some((reason) => reason.Code !== 'None')) return done(cancellation(reasons))
        applyWrites(writes, function (err) {
          if (err) return done(err)
          token.remember()
          done(null, {})
        })
      }
    })
  })
}

function transactGetItems (store, data, cb) {
  let actions
  try {
    checkActionCount(data.TransactItems)
    actions = data.TransactItems.map((entry) => parseGetAction(entry, store))
  }
  catch (err) {
    return cb(err)
  }

  resolveTargets(store, actions, function (err) {
    if (err) return cb(err)
    // Holding the locks of all keys while reading gives a snapshot no transaction can be half-way through.
    lockAll(store, actions, function (unlockAll) {
      const responses = []
      let i = 0
      next()
      function next () {
        if (i === actions.length) {
          unlockAll()
          return cb(null, { Responses: responses })
        }
        const action = actions[i++]
        try {
          getItem(store, action.data, function (err, result) {
            if (err) {
              unlockAll()
              return cb(err)
            }
            responses.push(result.Item ? { Item: result.Item } : {})
            next()
          })
        }
        catch (err) {
          unlockAll()
          cb(err)
        }
      }
    })
  })
}

module.exports = { transactWriteItems, transactGetItems }
