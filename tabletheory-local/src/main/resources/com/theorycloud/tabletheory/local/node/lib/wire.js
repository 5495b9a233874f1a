'use strict'
// The DynamoDB JSON 1.0 wire format for the operations we answer ourselves.

const crypto = require('crypto')
const zlib = require('zlib')

const MAX_REQUEST_BYTES = 16 * 1024 * 1024
const DYNAMODB = 'com.amazonaws.dynamodb.v20120810#'

function readJson (req, res, onData) {
  const chunks = []
  let length = 0
  req.on('data', function (chunk) {
    length += chunk.length
    if (length <= MAX_REQUEST_BYTES) chunks.push(chunk)
  })
  req.on('end', function () {
    if (length > MAX_REQUEST_BYTES) {
      res.statusCode = 413
      return res.end()
    }
    let data
    try {
      data = JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null')
    }
    catch {
      data = undefined
    }
    if (data == null || typeof data !== 'object' || Array.isArray(data)) {
      return send(req, res, { __type: 'com.amazon.coral.service#SerializationException' }, 400)
    }
    onData(data)
  })
}

function send (req, res, body, statusCode) {
  const text = JSON.stringify(body)
  res.statusCode = statusCode
  res.setHeader('x-amzn-RequestId', crypto.randomBytes(39).toString('base64').toUpperCase().replace(/[+/]/g, '0'))
  // The SDK verifies x-amz-crc32 when present, so send it only when we can compute it.
  if (typeof zlib.crc32 === 'function') res.setHeader('x-amz-crc32', String(zlib.crc32(Buffer.from(text, 'utf8'))))
  res.setHeader('Content-Type', 'application/x-amz-json-1.0')
  res.setHeader('Content-Length', Buffer.byteLength(text, 'utf8'))
  res.end(text)
}

function error (type, message) {
  const err = new Error(message)
  err.statusCode = 400
  err.body = { __type: type, message: message }
  return err
}

function validationError (message) {
  return error('com.amazon.coral.validate#ValidationException', message)
}

function resourceNotFound (message) {
  return error(DYNAMODB + 'ResourceNotFoundException', message)
}

function internalError (err) {
  return { __type: 'com.amazon.coral.service#InternalFailure', message: String(err && err.message || err) }
}

module.exports = { readJson, send, error, validationError, resourceNotFound, internalError, DYNAMODB }
